"""The board's columns: their summaries, their cards and the first page of each."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from workbench.domain.enums import OpportunityStatus, ReasonKind
from workbench.domain.models import (
    Account,
    Opportunity,
    Pipeline,
    Stage,
    Task,
    User,
)
from workbench.domain.reporting import ExchangeRate
from workbench.reports.scope import Rates
from workbench.services.board.filters import filter_clauses, overdue_clause, rotting_clause
from workbench.services.board.model import (
    BoardFilter,
    Card,
    Clock,
    ColumnRates,
    ColumnSummary,
    CurrencyTotal,
    PipelineInfo,
    StageInfo,
)
from workbench.services.board.search import SearchMatches, _rowid, find_matches, search_clause
from workbench.services.company import KEYS as COMPANY_KEYS
from workbench.services.company import CompanyProfile
from workbench.services.reasons import active_reasons
from workbench.services.team_settings import settings_in
from workbench.store.db import Database


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


@dataclass(frozen=True)
class BoardSetup:
    """What the board is built from: the sales processes, the people deals can belong
    to, and the stages of the one shown."""

    pipelines: list[PipelineInfo]
    users: list[tuple[uuid.UUID, str]]
    pipeline_id: uuid.UUID | None
    stages: list[StageInfo]


def board_setup(db: Database, wanted: uuid.UUID | None) -> BoardSetup:
    """The board for process `wanted`, or the default one if that is gone (or None)."""
    pipelines = list_pipelines(db)
    ids = [p.id for p in pipelines]
    chosen = wanted if wanted in ids else next((p.id for p in pipelines if p.is_default), None)
    chosen = chosen or (ids[0] if ids else None)
    stages = list_stages(db, chosen) if chosen else []
    return BoardSetup(pipelines, list_users(db), chosen, stages)


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
    return active_reasons(db, kind)


WALK_ROWS = 2000  # rows a column's first page may walk before ranking is cheaper


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
    sums = _currency_sums(s, wanted, stages, flt, me, clock, matches)
    grouped: dict[uuid.UUID, list[CurrencyTotal]] = {sid: [] for sid in wanted}
    for (stage_id, code), (n, total, weighted) in sums.items():
        if n:
            grouped[stage_id].append(CurrencyTotal(code, n, total, weighted // 100))
    rates = _column_rates(s, clock)
    result = {}
    for sid, totals in grouped.items():
        totals.sort(key=lambda t: (-t.count, t.currency))
        result[sid] = ColumnSummary(sid, sum(t.count for t in totals), tuple(totals), rates)
    return result


def _column_rates(s: Session, clock: Clock) -> ColumnRates | None:
    """Today's exchange rates into the company currency, or None when no manager has set
    any (the columns then show their totals per currency)."""
    if s.scalar(select(ExchangeRate.id).where(ExchangeRate.deleted.is_(False)).limit(1)) is None:
        return None
    key = COMPANY_KEYS["default_currency"]
    currency = settings_in(s, [key]).get(key) or CompanyProfile.default_currency
    return ColumnRates(currency, clock.today, Rates.load(s, currency))


def _currency_sums(
    s: Session,
    wanted: list[uuid.UUID],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches | None,
) -> dict[tuple[uuid.UUID, str], tuple[int, ...]]:
    """(stage, currency) -> deals, total and weighted total x 100."""
    clauses = filter_clauses(flt, stages, me, clock, matches)
    # Unfiltered (or only searched), grouping by the plain column lets SQLite read the
    # totals index (or its twin with the search text) in order. Otherwise the filter
    # columns live in the board index; grouping by an expression keeps SQLite from
    # choosing a narrow index for its order and then reading every table row (ten times
    # slower).
    plain = replace(flt, search="").is_empty()
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
    in_gate = (
        Task.opportunity_id == Opportunity.id,
        Task.stage_id == Opportunity.stage_id,
        Task.mandatory.is_(True),
        Task.deleted.is_(False),
    )
    gate_tasks = select(func.count()).where(*in_gate).correlate(Opportunity).scalar_subquery()
    gate_open = (
        select(func.count())
        .where(*in_gate, Task.done_at.is_(None))
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
        gate_tasks,
        gate_open,
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
    for oid, sid, title, acc, minor, cur, close, owner_name, tid, overdue, rotting, *gate in rows:
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
            gate_tasks=int(gate[0] or 0),
            gate_open=int(gate[1] or 0),
        )
    return cards


def card_by_id(
    db: Database, opportunity_id: uuid.UUID, stages: list[StageInfo], *, clock: Clock | None = None
) -> Card | None:
    """One deal's card as a column shows it (after a move: its flags and next task)."""
    with db.read() as s:
        return _cards_by_ids(s, [opportunity_id], stages, clock or Clock()).get(opportunity_id)


def cards_before(
    db: Database,
    stage: StageInfo,
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    card: Card,
    *,
    clock: Clock | None = None,
) -> int:
    """How many of a column's cards (as the filter shows them) come before `card` in the
    column's order (_CARD_ORDER, a missing date first): the rows to load to show it."""
    close, ident = Opportunity.expected_close, Opportunity.id
    if card.expected_close is None:
        before = and_(close.is_(None), ident < card.id)
    else:
        before = or_(
            close.is_(None),
            close < card.expected_close,
            and_(close == card.expected_close, ident < card.id),
        )
    clock = clock or Clock()
    with db.read() as s:
        ids = _card_ids([stage.id], stages, flt, me, clock, _search_of(s, flt)).where(before)
        return int(s.scalar(select(func.count()).select_from(ids.subquery())) or 0)


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
        return _card_windows(s, windows, stages, flt, me, clock, _search_of(s, flt))


def _card_windows(
    s: Session,
    windows: list[tuple[StageInfo, int, int]],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches | None,
) -> list[list[Card]]:
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


@dataclass(frozen=True)
class ColumnsRead:
    """Some columns' figures and shown rows, read in one snapshot."""

    summaries: dict[uuid.UUID, ColumnSummary]
    windows: list[tuple[uuid.UUID, int, int, list[Card]]]  # stage id, offset, limit, cards
    followed: Card | None = None  # the followed deal's card, when it is open on this board


def read_columns(
    db: Database,
    wanted: list[tuple[StageInfo, int, int]],
    stages: list[StageInfo],
    flt: BoardFilter,
    me: uuid.UUID,
    *,
    follow: uuid.UUID | None = None,
    spare: dict[uuid.UUID, tuple[int, int]] | None = None,
    clock: Clock | None = None,
) -> ColumnsRead:
    """Re-read the `wanted` columns (stage, offset, limit), and also the column the
    `follow`ed deal is in at the time of the read, at its `spare` window, and that deal's
    card: the deal a person has selected then never drops off the board because the
    columns re-read were chosen from where it was shown (ahead of, or behind, the
    database); where it sorts below the window, the board loads down to it."""
    clock = clock or Clock()
    windows = list(wanted)
    followed = None
    with db.read() as s:
        matches = _search_of(s, flt)
        if follow is not None and spare:
            # Open, on this board and shown by the filter: only then has it a place.
            shown = _card_ids(list(spare), stages, flt, me, clock, matches)
            if s.scalar(shown.where(Opportunity.id == follow)) is not None:
                followed = _cards_by_ids(s, [follow], stages, clock).get(follow)
        if followed is not None and all(w[0].id != followed.stage_id for w in windows):
            stage = next(st for st in stages if st.id == followed.stage_id)
            windows.append((stage, *spare[followed.stage_id]))  # type: ignore[index]
        ids = [w[0].id for w in windows]
        summaries = _summaries(s, ids, stages, flt, me, clock, matches)
        pages = _card_windows(s, windows, stages, flt, me, clock, matches)
    return ColumnsRead(
        summaries,
        [
            (st.id, offset, limit, cards)
            for (st, offset, limit), cards in zip(windows, pages, strict=True)
        ],
        followed,
    )


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
    order, stopping at a full page, in one statement; the searched text is tested in the
    board index as the walk goes."""
    if not stage_ids:
        return []
    others = filter_clauses(replace(flt, search=""), stages, me, clock)
    arms = [
        select(Opportunity.id)
        .where(*_open_in([sid]), *others, search_clause(matches))
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
