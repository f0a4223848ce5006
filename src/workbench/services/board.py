"""Read queries for the opportunity board (kanban).

Plain Core `select()`s returning small frozen dataclasses: the board shows tens of
thousands of deals, so no ORM object is built per card. Column header figures are SQL
aggregates over every matching deal of a column, never sums of the cards loaded so far.

Rules stated here once and used by both the card flags and the filters:

* overdue: the deal has an open task whose due time has passed;
* past expected close: the expected close date is before today;
* rotting: an open deal whose last progress (a completed activity or a stage change,
  `last_progress_at`; edits don't count) is older than its stage's target days, and which
  has nothing scheduled: no open task due in the future and no planned activity ahead.
* weighted value: value x the stage's win probability, over open deals only.

There are no exchange rates in the data, so figures are kept per currency.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from babel.numbers import list_currencies
from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    Table,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from workbench.domain.base import utcnow
from workbench.domain.enums import ActivityStatus, OpportunityStatus, ReasonKind
from workbench.domain.models import (
    Account,
    Activity,
    Contact,
    Offer,
    OfferVersion,
    Opportunity,
    OpportunityShare,
    Pipeline,
    Reason,
    Stage,
    Task,
    User,
)
from workbench.domain.money import Money, minor_digits
from workbench.domain.people import initials
from workbench.services import validation as v
from workbench.services.opportunities import OpportunityInput
from workbench.store import search_index
from workbench.store.db import Database

# -- plain rows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PipelineInfo:
    id: uuid.UUID
    name: str
    is_default: bool


@dataclass(frozen=True)
class StageInfo:
    id: uuid.UUID
    pipeline_id: uuid.UUID
    name: str
    position: int
    probability: int  # percent
    target_days: int


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    count: int
    total_minor: int
    weighted_minor: int  # sum of value x probability, in minor units (rounded down)

    @property
    def total(self) -> Money:
        return Money.from_minor(self.total_minor, self.currency)

    @property
    def weighted(self) -> Money:
        return Money.from_minor(self.weighted_minor, self.currency)


@dataclass(frozen=True)
class ColumnSummary:
    stage_id: uuid.UUID
    count: int = 0
    totals: tuple[CurrencyTotal, ...] = ()  # the currency with most deals first (amounts in
    # different currencies are not comparable)


@dataclass(frozen=True)
class Card:
    id: uuid.UUID
    stage_id: uuid.UUID
    title: str
    account_name: str
    amount_minor: int
    currency: str
    expected_close: date | None
    owner_name: str
    next_task_title: str
    next_task_due: datetime | None
    overdue: bool
    past_close: bool
    rotting: bool

    @property
    def value(self) -> Money:
        return Money.from_minor(self.amount_minor, self.currency)

    @property
    def owner_initials(self) -> str:
        return initials(self.owner_name) if self.owner_name else ""


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. `scope`: all, mine, shared (shared with me) or owner."""

    scope: str = "all"
    owner_id: uuid.UUID | None = None
    overdue: bool = False
    rotting: bool = False
    min_value: Decimal | None = None  # in each deal's own currency
    max_value: Decimal | None = None
    close_from: date | None = None
    close_to: date | None = None
    search: str = ""

    def is_empty(self) -> bool:
        return self == BoardFilter()


@dataclass(frozen=True)
class Clock:
    """The moment the rules are evaluated at: aware UTC now and the user's local today."""

    now: datetime = field(default_factory=utcnow)
    today: date = field(default_factory=date.today)


SCOPES = ("all", "mine", "shared", "owner")

# -- reference lists -----------------------------------------------------------------------------


def list_pipelines(db: Database) -> list[PipelineInfo]:
    q = (
        select(Pipeline.id, Pipeline.name, Pipeline.is_default)
        .where(Pipeline.deleted.is_(False), Pipeline.archived.is_(False))
        .order_by(Pipeline.position, Pipeline.name)
    )
    with db.read() as s:
        return [PipelineInfo(*row) for row in s.execute(q)]


def list_stages(db: Database, pipeline_id: uuid.UUID) -> list[StageInfo]:
    q = (
        select(
            Stage.id,
            Stage.pipeline_id,
            Stage.name,
            Stage.position,
            Stage.probability,
            Stage.target_days,
        )
        .where(Stage.pipeline_id == pipeline_id, Stage.deleted.is_(False))
        .order_by(Stage.position)
    )
    with db.read() as s:
        return [StageInfo(*row) for row in s.execute(q)]


def list_users(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Active colleagues, for the owner filter, sharing and task assignment."""
    q = (
        select(User.id, User.name)
        .where(User.deleted.is_(False), User.active.is_(True))
        .order_by(User.name)
    )
    with db.read() as s:
        return [(row[0], row[1]) for row in s.execute(q)]


def list_reasons(db: Database, kind: ReasonKind) -> list[tuple[uuid.UUID, str]]:
    q = (
        select(Reason.id, Reason.label)
        .where(Reason.kind == kind, Reason.deleted.is_(False), Reason.active.is_(True))
        .order_by(Reason.position, Reason.label)
    )
    with db.read() as s:
        return [(row[0], row[1]) for row in s.execute(q)]


# -- rules as SQL ------------------------------------------------------------------------------


def overdue_clause(now: datetime) -> ColumnElement[bool]:
    return exists().where(
        Task.opportunity_id == Opportunity.id,
        Task.done_at.is_(None),
        Task.deleted.is_(False),
        Task.due_at < now,
    )


def scheduled_clause(now: datetime) -> ColumnElement[bool]:
    """Something is planned ahead: an open task due in the future or a planned activity."""
    task = exists().where(
        Task.opportunity_id == Opportunity.id,
        Task.done_at.is_(None),
        Task.deleted.is_(False),
        Task.due_at >= now,
    )
    activity = exists().where(
        Activity.opportunity_id == Opportunity.id,
        Activity.status == ActivityStatus.PLANNED,
        Activity.deleted.is_(False),
        Activity.started_at >= now,
    )
    return or_(task, activity)


def rotting_clause(stages: list[StageInfo], now: datetime) -> ColumnElement[bool]:
    # One cut-off per stage, bound as a parameter: portable, and the stage is already the
    # leading column of the board index.
    idle = [
        and_(
            Opportunity.stage_id == st.id,
            Opportunity.last_progress_at < now - timedelta(days=st.target_days),
        )
        for st in stages
    ]
    if not idle:
        return false()
    return and_(Opportunity.status == OpportunityStatus.OPEN, or_(*idle), ~scheduled_clause(now))


@cache
def _odd_precision_currencies() -> dict[str, int]:
    """Currencies whose minor unit isn't cents (JPY 0, KWD 3 ...): value filters scale
    amounts per currency so "at least 10,000" means 10,000 in every currency."""
    result = {}
    for code in list_currencies():
        try:
            digits = minor_digits(code)
        except Exception:  # babel knows a few codes without precision data
            continue
        if digits != 2 and len(code) == 3:
            result[code] = digits
    return result


def _thousandths() -> ColumnElement[int]:
    """The deal's value in thousandths of its currency's major unit."""
    factors = {code: 10 ** (3 - d) for code, d in _odd_precision_currencies().items() if d <= 3}
    factor = case(factors, value=Opportunity.currency, else_=10) if factors else literal(10)
    return Opportunity.amount_minor * factor


def filter_clauses(
    flt: BoardFilter,
    stages: list[StageInfo],
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches | None = None,
) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if flt.scope == "mine":
        clauses.append(Opportunity.owner_id == me)
    elif flt.scope == "owner" and flt.owner_id is not None:
        clauses.append(Opportunity.owner_id == flt.owner_id)
    elif flt.scope == "shared":
        clauses.append(
            Opportunity.id.in_(
                select(OpportunityShare.opportunity_id).where(
                    OpportunityShare.user_id == me, OpportunityShare.deleted.is_(False)
                )
            )
        )
    if flt.overdue:
        clauses.append(overdue_clause(clock.now))
    if flt.rotting:
        clauses.append(rotting_clause(stages, clock.now))
    if flt.min_value is not None:
        clauses.append(_thousandths() >= int(flt.min_value * 1000))
    if flt.max_value is not None:
        clauses.append(_thousandths() <= int(flt.max_value * 1000))
    if flt.close_from is not None:
        clauses.append(Opportunity.expected_close >= flt.close_from)
    if flt.close_to is not None:
        clauses.append(Opportunity.expected_close <= flt.close_to)
    text = flt.search.strip()
    if text:
        clauses.append(search_clause(matches or SearchMatches(text)))
    return clauses


# -- search ----------------------------------------------------------------------------------
#
# A term matches a deal whose title, account name or contact name ("first last") contains
# it, ignoring ASCII case (SQLite's LIKE; accents count). Every statement confirms a match
# with LIKE on the row itself; the trigram index (store/search_index.py) only finds
# candidates quickly. How a term is evaluated depends on how many deals it matches, which
# `find_matches` works out once per keystroke:
#
# * few (a word of three letters or more): the matching deals are read from the index and
#   joined to the board's statements, which then touch only them;
# * many (a letter, a common syllable): the board index is scanned as without a search,
#   the title tested in the index, account and contact ids looked up in the set of
#   matching names or, when most names match (a single letter), in the smaller set of
#   those that don't. A column with many matches takes its first page by walking the
#   column in card order, testing each card's account and contact, until the page is full.

DRIVE_MAX = 4000  # matching deals up to which statements start from the index
WALK_ROWS = 2000  # rows a column's first page may walk before ranking is cheaper
_SAMPLE = 1000  # names sampled to judge whether most contain a short term


def _like(column: Any, text: str) -> ColumnElement[bool]:
    # SQLite's LIKE already ignores ASCII case; ilike's lower() on both sides would only
    # double the cost of a scan.
    like: ColumnElement[bool] = column.like(f"%{v.escape_like(text)}%", escape="\\")
    return like


def _rowid(table_name: str) -> ColumnElement[int]:
    return literal_column(f"{table_name}.rowid", Integer)


@dataclass(frozen=True)
class _Named:
    """A searched name: the model, its name expression and its full-text table."""

    model: type[Account] | type[Contact]
    name: Any  # a column or an expression over the model
    index: Table
    parts: tuple[Any, ...] = ()  # the columns `name` joins with a space

    def like(self, text: str) -> ColumnElement[bool]:
        if self.parts and " " not in text:
            # Text without a space lies within one part: testing the columns is
            # cheaper than building the joined name for every row.
            return or_(*(_like(part, text) for part in self.parts))
        return _like(self.name, text)


def _accounts() -> _Named:
    return _Named(Account, Account.name, search_index.search_account)


def _contacts() -> _Named:
    return _Named(
        Contact,
        Contact.first_name + " " + Contact.last_name,
        search_index.search_contact,
        (Contact.first_name, Contact.last_name),
    )


@dataclass(frozen=True)
class SearchMatches:
    """How one search term is evaluated (see above), decided once so the several
    statements of a keystroke agree and don't each repeat the estimate."""

    text: str
    # Few matching deals: the rowids of the index's candidates (None: too many to list).
    candidates: tuple[int, ...] | None = field(default=None, repr=False)
    dense_accounts: bool = False  # most account names contain the term
    dense_contacts: bool = False
    mostly: bool = False  # most deals match (a single letter)

    @property
    def indexed(self) -> bool:
        return len(self.text) >= search_index.MIN_INDEXED_LENGTH

    @property
    def driving(self) -> bool:
        """Statements start from the candidates instead of scanning the board index."""
        return self.candidates is not None


def _index_hits(index: Table, text: str) -> Select[Any]:
    return select(index.c.rowid).where(index.c.text.match(search_index.match_phrase(text)))


def _matching(named: _Named, m: SearchMatches) -> Select[Any]:
    """Ids of the live rows whose name contains the term."""
    model = named.model
    q = select(model.id).where(model.deleted.is_(False), named.like(m.text))
    if m.indexed:
        q = q.where(_rowid(model.__tablename__).in_(_index_hits(named.index, m.text)))
    return q


def _name_clause(
    ref: InstrumentedAttribute[uuid.UUID | None],
    named: _Named,
    m: SearchMatches,
    dense: bool,
    correlated: bool,
) -> ColumnElement[bool]:
    """The deal's account (contact) `ref` has a matching name."""
    model = named.model
    if correlated:  # one primary key lookup per deal tested
        return exists().where(model.id == ref, model.deleted.is_(False), named.like(m.text))
    # Never NULL (a deal without account is no match), so the clause can be negated.
    if dense:  # the names that don't match are the smaller set
        misses = select(model.id).where(or_(model.deleted.is_(True), ~named.like(m.text)))
        return and_(ref.is_not(None), ref.not_in(misses))
    return and_(ref.is_not(None), ref.in_(_matching(named, m)))


def search_clause(m: SearchMatches, *, correlated: bool = False) -> ColumnElement[bool]:
    """Title, account name or contact name contains the text. `correlated` tests account
    and contact per deal, for statements that stop after a few matches."""
    return or_(
        _like(Opportunity.title, m.text),
        _name_clause(Opportunity.account_id, _accounts(), m, m.dense_accounts, correlated),
        _name_clause(Opportunity.contact_id, _contacts(), m, m.dense_contacts, correlated),
    )


def _candidate_rowids(m: SearchMatches) -> CompoundSelect[Any]:
    """Rowids of the deals the index says may match (any pipeline or status): by title,
    account or contact. A superset: the statements confirm with `search_clause`."""
    other = aliased(Opportunity, name="candidate")
    via_account = (
        select(_rowid("candidate"))
        .select_from(other)
        .where(other.account_id.in_(_matching(_accounts(), m)))
    )
    via_contact = (
        select(_rowid("candidate"))
        .select_from(other)
        .where(other.contact_id.in_(_matching(_contacts(), m)))
    )
    return union(_index_hits(search_index.search_opportunity, m.text), via_account, via_contact)


def _share(s: Session, model: type[Opportunity | Account | Contact], like: Any) -> float:
    """The share of live rows matching, judged on a sample of them."""
    sample = select(case((like, 1), else_=0).label("hit")).where(model.deleted.is_(False))
    sampled = sample.limit(_SAMPLE).subquery()
    return float(s.scalar(select(func.avg(sampled.c.hit))) or 0)


def find_matches(s: Session, text: str) -> SearchMatches:
    m = SearchMatches(text)
    if m.indexed:
        found = tuple(s.scalars(_candidate_rowids(m).limit(DRIVE_MAX + 1)))
        if len(found) <= DRIVE_MAX:
            return replace(m, candidates=found)
    accounts, contacts = _accounts(), _contacts()
    title = _share(s, Opportunity, _like(Opportunity.title, text))
    account = _share(s, Account, accounts.like(text))
    contact = _share(s, Contact, contacts.like(text))
    deals = 1 - (1 - title) * (1 - account) * (1 - contact)
    return replace(
        m, dense_accounts=account > 0.5, dense_contacts=contact > 0.5, mostly=deals > 0.5
    )


def _search_of(s: Session, flt: BoardFilter) -> SearchMatches | None:
    text = flt.search.strip()
    return find_matches(s, text) if text else None


def _open_in(
    stage_ids: list[uuid.UUID], matches: SearchMatches | None = None
) -> list[ColumnElement[bool]]:
    if matches is not None and matches.driving:
        # Few candidates: fetch them by rowid. The unary + keeps SQLite from preferring
        # to scan the board index for the stages (its order suits the cards) instead.
        stage: ColumnElement[uuid.UUID] = UnaryExpression(
            Opportunity.stage_id.expression, operator=custom_op("+")
        )
        return [
            _rowid("opportunity").in_(matches.candidates or ()),
            stage.in_(stage_ids),
            Opportunity.status == OpportunityStatus.OPEN,
            Opportunity.deleted.is_(False),
        ]
    return [
        Opportunity.stage_id.in_(stage_ids),
        Opportunity.status == OpportunityStatus.OPEN,
        Opportunity.deleted.is_(False),
    ]


# -- column headers ------------------------------------------------------------------------------


def column_summaries(
    db: Database,
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    *,
    only: list[uuid.UUID] | None = None,
    clock: Clock | None = None,
) -> dict[uuid.UUID, ColumnSummary]:
    """Count, total and weighted value per column and currency, over every open deal that
    matches the filter. `only` limits the query to some columns (after a move)."""
    wanted = only if only is not None else [st.id for st in stages]
    with db.read() as s:
        return _summaries(s, wanted, stages, flt, me, clock or Clock(), _search_of(s, flt))


def _summaries(
    s: Session,
    wanted: list[uuid.UUID],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches | None,
) -> dict[uuid.UUID, ColumnSummary]:
    if not wanted:
        return {}
    if matches is not None and matches.mostly:
        # Most deals match (a letter): sum the few that don't and take them from the
        # figures without the search, which read the totals index in order. Grouping
        # nearly every deal by an expression would sort them all.
        sums = _currency_sums(s, wanted, stages, replace(flt, search=""), me, clock, None)
        for key, figures in _currency_sums(
            s, wanted, stages, flt, me, clock, matches, misses=True
        ).items():
            before = sums.get(key, (0, 0, 0))
            sums[key] = tuple(a - b for a, b in zip(before, figures, strict=True))
    else:
        sums = _currency_sums(s, wanted, stages, flt, me, clock, matches)
    grouped: dict[uuid.UUID, list[CurrencyTotal]] = {sid: [] for sid in wanted}
    for (stage_id, code), (n, total, weighted) in sums.items():
        if n:
            grouped[stage_id].append(CurrencyTotal(code, n, total, weighted // 100))
    result = {}
    for sid, totals in grouped.items():
        totals.sort(key=lambda t: (-t.count, t.currency))
        result[sid] = ColumnSummary(sid, sum(t.count for t in totals), tuple(totals))
    return result


def _currency_sums(
    s: Session,
    wanted: list[uuid.UUID],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches | None,
    *,
    misses: bool = False,
) -> dict[tuple[uuid.UUID, str], tuple[int, ...]]:
    """(stage, currency) -> deals, total and weighted total x 100. `misses`: the deals the
    search does not match (the other filters apply)."""
    clauses = filter_clauses(flt, stages, me, clock, matches)
    if misses and matches is not None:
        others = filter_clauses(replace(flt, search=""), stages, me, clock)
        clauses = [*others, ~search_clause(matches)]
    # Unfiltered, grouping by the plain column lets SQLite read the totals index in
    # order. Filtered, the filter columns live in the board index; grouping by an
    # expression keeps SQLite from choosing the narrow totals index for its order and
    # then reading every table row (ten times slower).
    plain = flt.is_empty()
    currency = Opportunity.currency if plain else func.upper(Opportunity.currency)
    q = (
        select(
            Opportunity.stage_id,
            currency,
            func.count(),
            func.coalesce(func.sum(Opportunity.amount_minor), 0),
            func.coalesce(func.sum(Opportunity.amount_minor * Stage.probability), 0),
        )
        .join(Stage, Stage.id == Opportunity.stage_id)
        .where(*_open_in(wanted, matches), *clauses)
        .group_by(Opportunity.stage_id, currency)
    )
    sums: dict[tuple[uuid.UUID, str], tuple[int, ...]] = {}
    for stage_id, code, n, total, weighted in s.execute(q):
        key = (stage_id, code.upper())  # grouped by the plain column or by upper()
        before = sums.get(key, (0, 0, 0))
        sums[key] = (before[0] + int(n), before[1] + int(total), before[2] + int(weighted))
    return sums


# -- cards -----------------------------------------------------------------------------------------

# A stable order for paging: soonest expected close first, then by id.
_CARD_ORDER = (Opportunity.expected_close, Opportunity.id)


def _card_ids(
    stage_ids: list[uuid.UUID],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches | None = None,
) -> Select[Any]:
    # Only columns of the board's covering index are touched, so paging and filtering
    # scan the index, not the table.
    return select(Opportunity.id).where(
        *_open_in(stage_ids, matches), *filter_clauses(flt, stages, me, clock, matches)
    )


def _cards_by_ids(
    s: Session, ids: list[uuid.UUID], stages: list[StageInfo], clock: Clock
) -> dict[uuid.UUID, Card]:
    if not ids:
        return {}
    next_task = (
        select(Task.id)
        .where(
            Task.opportunity_id == Opportunity.id,
            Task.done_at.is_(None),
            Task.deleted.is_(False),
        )
        .order_by(Task.due_at.is_(None), Task.due_at, Task.title)
        .limit(1)
        .correlate(Opportunity)
        .scalar_subquery()
    )
    owner = select(User.name).where(User.id == Opportunity.owner_id).scalar_subquery()
    account = select(Account.name).where(Account.id == Opportunity.account_id).scalar_subquery()
    q = select(
        Opportunity.id,
        Opportunity.stage_id,
        Opportunity.title,
        account,
        Opportunity.amount_minor,
        Opportunity.currency,
        Opportunity.expected_close,
        owner,
        next_task,
        overdue_clause(clock.now),
        rotting_clause(stages, clock.now),
    ).where(Opportunity.id.in_(ids))
    rows = s.execute(q).all()
    task_ids = [r[8] for r in rows if r[8] is not None]
    tasks = (
        {
            tid: (title, due)
            for tid, title, due in s.execute(
                select(Task.id, Task.title, Task.due_at).where(Task.id.in_(task_ids))
            )
        }
        if task_ids
        else {}
    )
    cards = {}
    for oid, sid, title, acc, minor, cur, close, owner_name, tid, overdue, rotting in rows:
        task_title, task_due = tasks.get(tid, ("", None))
        cards[oid] = Card(
            id=oid,
            stage_id=sid,
            title=title,
            account_name=acc or "",
            amount_minor=int(minor),
            currency=cur,
            expected_close=close,
            owner_name=owner_name or "",
            next_task_title=task_title,
            next_task_due=task_due,
            overdue=bool(overdue),
            past_close=close is not None and close < clock.today,
            rotting=bool(rotting),
        )
    return cards


def list_cards(
    db: Database,
    stage: StageInfo,
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    *,
    offset: int = 0,
    limit: int = 50,
    clock: Clock | None = None,
) -> list[Card]:
    """One page of a column's cards (open deals of the stage matching the filter)."""
    return card_windows(db, [(stage, offset, limit)], stages, flt, me, clock=clock)[0]


def card_windows(
    db: Database,
    windows: list[tuple[StageInfo, int, int]],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    *,
    clock: Clock | None = None,
) -> list[list[Card]]:
    """Rows `offset .. offset + limit` of several columns, read together (a move
    re-reads what two columns show)."""
    clock = clock or Clock()
    with db.read() as s:
        matches = _search_of(s, flt)
        pages = [
            list(
                s.scalars(
                    _card_ids([stage.id], stages, flt, me, clock, matches)
                    .order_by(*_CARD_ORDER)
                    .offset(offset)
                    .limit(limit)
                )
            )
            for stage, offset, limit in windows
        ]
        cards = _cards_by_ids(s, [i for ids in pages for i in ids], stages, clock)
    return [[cards[i] for i in ids if i in cards] for ids in pages]


def first_pages(
    db: Database,
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    *,
    page: int = 50,
    clock: Clock | None = None,
) -> dict[uuid.UUID, list[Card]]:
    """The first page of every column."""
    return board_view(db, stages, flt, me, page=page, clock=clock, totals=False).pages


@dataclass(frozen=True)
class BoardView:
    summaries: dict[uuid.UUID, ColumnSummary]
    pages: dict[uuid.UUID, list[Card]]  # the first page of every column


def board_view(
    db: Database,
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    *,
    page: int = 50,
    clock: Clock | None = None,
    totals: bool = True,
) -> BoardView:
    """Column headers and first pages in one read.

    How a search term is matched is decided once (`find_matches`), then used by both the
    totals and the cards. Without a search each column's page is one short index range.
    With one, columns with many matches walk their range until a page is full; the others
    are ranked by a single statement (row_number per stage) over their few matches.
    """
    clock = clock or Clock()
    stage_ids = [st.id for st in stages]
    with db.read() as s:
        matches = _search_of(s, flt)
        summaries = _summaries(s, stage_ids, stages, flt, me, clock, matches) if totals else {}
        ids: list[uuid.UUID] = []
        if matches is None:
            for sid in stage_ids:
                q = _card_ids([sid], stages, flt, me, clock).order_by(*_CARD_ORDER)
                ids.extend(s.scalars(q.limit(page)))
        else:
            walk, rank = _page_plan(s, stage_ids, summaries if totals else None, matches, page)
            ids += _walked_pages(s, walk, stages, flt, me, clock, matches, page)
            ids += _ranked_pages(s, rank, stages, flt, me, clock, matches, page)
        cards = _cards_by_ids(s, ids, stages, clock)
    per_stage: dict[uuid.UUID, list[Card]] = {sid: [] for sid in stage_ids}
    for card in sorted(cards.values(), key=card_sort_key):
        per_stage[card.stage_id].append(card)
    return BoardView(summaries, per_stage)


def _page_plan(
    s: Session,
    stage_ids: list[uuid.UUID],
    summaries: dict[uuid.UUID, ColumnSummary] | None,
    matches: SearchMatches,
    page: int,
) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """Which columns' first pages are walked and which ranked, from their matches. A walk
    reads about page x deals / matches rows of its column; up to WALK_ROWS it is cheaper
    than ranking (which builds the sets of matching names again)."""
    if summaries is None:
        return [], stage_ids
    found = {sid: summaries[sid].count for sid in stage_ids if summaries[sid].count}
    if matches.driving or not found:
        return [], list(found)
    q = (
        select(Opportunity.stage_id, func.count())
        .where(*_open_in(list(found)))
        .group_by(Opportunity.stage_id)
    )
    sizes = {sid: int(n) for sid, n in s.execute(q)}
    walk = [sid for sid, n in found.items() if page * sizes.get(sid, 0) <= WALK_ROWS * n]
    return walk, [sid for sid in found if sid not in walk]


def _walked_pages(
    s: Session,
    stage_ids: list[uuid.UUID],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches,
    page: int,
) -> list[uuid.UUID]:
    """First pages of columns where matches are common: each column's index range in card
    order, stopping at a full page, in one statement. Account and contact are tested per
    card, since building the sets of matching names again would cost more than the few
    cards a walk tests."""
    if not stage_ids:
        return []
    others = filter_clauses(replace(flt, search=""), stages, me, clock)
    arms = [
        select(Opportunity.id)
        .where(*_open_in([sid]), *others, search_clause(matches, correlated=True))
        .order_by(*_CARD_ORDER)
        .limit(page)
        .subquery()
        for sid in stage_ids
    ]
    return list(s.scalars(union_all(*(select(arm.c.id) for arm in arms))))


def _ranked_pages(
    s: Session,
    stage_ids: list[uuid.UUID],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches,
    page: int,
) -> list[uuid.UUID]:
    """First pages of columns with few matches: rank them all in one statement."""
    if not stage_ids:
        return []
    ranked = (
        _card_ids(stage_ids, stages, flt, me, clock, matches)
        .add_columns(
            func.row_number()
            .over(partition_by=Opportunity.stage_id, order_by=_CARD_ORDER)
            .label("rn")
        )
        .subquery()
    )
    return list(s.scalars(select(ranked.c.id).where(ranked.c.rn <= page)))


def card_sort_key(card: Card) -> tuple[bool, date, str]:
    """The column order of `_CARD_ORDER` in Python (SQLite sorts a missing date first)."""
    return (card.expected_close is not None, card.expected_close or date.min, str(card.id))


# -- the opportunity dialog -------------------------------------------------------------------


@dataclass(frozen=True)
class OfferRow:
    id: uuid.UUID
    number: str
    version: int
    status: str
    gross_total: Decimal
    currency: str


def list_offers(db: Database, opportunity_id: uuid.UUID) -> list[OfferRow]:
    """The opportunity's offers with the figures of their newest version."""
    q = (
        select(
            Offer.id,
            Offer.number,
            Offer.latest_version,
            Offer.status,
            OfferVersion.gross_total,
            OfferVersion.currency,
        )
        .outerjoin(
            OfferVersion,
            and_(
                OfferVersion.offer_id == Offer.id,
                OfferVersion.version == Offer.latest_version,
                OfferVersion.deleted.is_(False),
            ),
        )
        .where(Offer.opportunity_id == opportunity_id, Offer.deleted.is_(False))
        .order_by(Offer.number)
    )
    with db.read() as s:
        return [
            OfferRow(
                oid,
                number,
                int(ver),
                str(status.value if status else ""),
                gross or Decimal(0),
                cur or "",
            )
            for oid, number, ver, status, gross, cur in s.execute(q)
        ]


@dataclass(frozen=True)
class OpportunityDetails:
    id: uuid.UUID
    title: str
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    stage_name: str
    status: OpportunityStatus
    account_id: uuid.UUID | None
    account_name: str
    contact_id: uuid.UUID | None
    amount: Decimal
    currency: str
    expected_close: date | None
    owner_id: uuid.UUID | None
    notes: str

    def to_input(self) -> OpportunityInput:
        return OpportunityInput(
            title=self.title,
            pipeline_id=self.pipeline_id,
            stage_id=self.stage_id,
            account_id=self.account_id,
            contact_id=self.contact_id,
            amount=self.amount,
            currency=self.currency,
            expected_close=self.expected_close,
            owner_id=self.owner_id,
            notes=self.notes,
        )


def opportunity_details(db: Database, opportunity_id: uuid.UUID) -> OpportunityDetails:
    with db.read() as s:
        opp = v.live(s.get(Opportunity, opportunity_id), "opportunity")
        stage = s.get(Stage, opp.stage_id)
        account = s.get(Account, opp.account_id) if opp.account_id else None
        if account is not None and account.deleted:
            account = None  # deleted since: the deal is shown and saved without it
        return OpportunityDetails(
            id=opp.id,
            title=opp.title,
            pipeline_id=opp.pipeline_id,
            stage_id=opp.stage_id,
            stage_name=stage.name if stage else "",
            status=opp.status,
            account_id=account.id if account else None,
            account_name=account.name if account else "",
            contact_id=opp.contact_id,
            amount=opp.value.amount,
            currency=opp.currency,
            expected_close=opp.expected_close,
            owner_id=opp.owner_id,
            notes=opp.notes,
        )


@dataclass(frozen=True)
class ChecklistItem:
    id: uuid.UUID
    title: str
    mandatory: bool
    done: bool
    assignee_id: uuid.UUID | None
    due_at: datetime | None


def stage_checklist(
    db: Database, opportunity_id: uuid.UUID, stage_id: uuid.UUID
) -> list[ChecklistItem]:
    """The deal's tasks in a stage: the stage's checklist and tasks added there."""
    q = (
        select(Task.id, Task.title, Task.mandatory, Task.done_at, Task.assignee_id, Task.due_at)
        .where(
            Task.opportunity_id == opportunity_id,
            Task.stage_id == stage_id,
            Task.deleted.is_(False),
        )
        .order_by(Task.mandatory.desc(), Task.due_at.is_(None), Task.due_at, Task.title)
    )
    with db.read() as s:
        return [
            ChecklistItem(tid, title, bool(mandatory), done is not None, assignee, due)
            for tid, title, mandatory, done, assignee, due in s.execute(q)
        ]


def opportunity_shares(db: Database, opportunity_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """Colleagues the deal is shared with: (user id, name)."""
    q = (
        select(User.id, User.name)
        .join(OpportunityShare, OpportunityShare.user_id == User.id)
        .where(
            OpportunityShare.opportunity_id == opportunity_id,
            OpportunityShare.deleted.is_(False),
        )
        .order_by(User.name)
    )
    with db.read() as s:
        return [(row[0], row[1]) for row in s.execute(q)]


# -- presentation helpers (no Qt) -----------------------------------------------------------------


def short_amount(money: Money) -> str:
    """ "EUR 1.2M", "GBP 310k", "CHF 950": compact figures for column headers and cards."""
    value = money.amount
    sign = "-" if value < 0 else ""
    value = abs(value)
    for limit, suffix in ((Decimal(10**9), "B"), (Decimal(10**6), "M"), (Decimal(10**3), "k")):
        if value >= limit:
            scaled = value / limit
            text = f"{scaled:.1f}" if scaled < 10 else f"{scaled:.0f}"
            text = text[:-2] if text.endswith(".0") else text
            return f"{money.currency} {sign}{text}{suffix}"
    return f"{money.currency} {sign}{value:.0f}"


def format_totals(totals: tuple[CurrencyTotal, ...], weighted: bool = False, most: int = 0) -> str:
    """Per-currency figures joined with a dot: "EUR 1.2M · GBP 310k". With `most`, only
    the largest few are named and the rest counted ("+2")."""
    if not totals:
        return "—"
    shown = totals[:most] if most else totals
    text = " · ".join(short_amount(t.weighted if weighted else t.total) for t in shown)
    return text + (f" +{len(totals) - len(shown)}" if len(shown) < len(totals) else "")
