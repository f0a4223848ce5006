"""Deals and customers that need a manager's attention: slipping deals, and customers won
or lost a while ago whom nobody has contacted since."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from workbench import formatting
from workbench.domain.enums import ActivityStatus, EventKind, OpportunityStatus
from workbench.domain.models import Account, Activity, Contact, Opportunity, OpportunityEvent
from workbench.domain.money import Money
from workbench.reports.buckets import Bucket
from workbench.reports.drill import as_uuid
from workbench.reports.facts import EVERY_DEAL, Directory, raw_id
from workbench.reports.model import Column, Drill, DrillTarget, Kind, Report, Row, Table
from workbench.reports.scope import ReportFilter, deal_filter
from workbench.texts import fill, translate

STUCK_FACTOR = 2  # in one stage for more than twice its target days
LISTED = 200  # deals listed one by one; a table of 40,000 rows helps no one read


def slipping_how() -> str:
    """How the report's figures are computed, in the person's language."""
    return translate(
        "Reports",
        "Open deals with at least one warning sign. Pushed back: the expected close date was "
        "moved later during the period (each move counts, from the deal's history events). "
        "Idle: no progress for longer than the stage's target days. Stuck: in the current "
        "stage for more than %1 × its target days. Days are counted to now.",
    )


def touch_how() -> str:
    """How the report's figures are computed, in the person's language."""
    return translate(
        "Reports",
        "Customers whose latest deal was won or lost at least the chosen number of months ago "
        "and with whom nobody has logged a call, meeting, e-mail or visit since: a satisfaction "
        "call or a referral for the won, a second chance for the lost. “Create call tasks” "
        "gives the deal's owner one call task per customer.",
    )


@dataclass(slots=True)
class _Pushed:
    """A deal pushed back in the period: the days each move pushed its close date later,
    its last progress (as text, which sorts as the time does), its amount, and whether
    it also shows another sign."""

    days: list[int]
    progress: str
    minor: int
    currency: str
    other_sign: bool


def slipping_report(s: Session, f: ReportFilter) -> Report:
    directory = Directory.load(s)
    open_deals = (Opportunity.status == OpportunityStatus.OPEN) & deal_filter(f)
    signs = {
        "idle": Opportunity.last_progress_at < _per_stage(directory, f, 1),
        "stuck": Opportunity.stage_entered_at < _per_stage(directory, f, STUCK_FACTOR),
    }
    signs["idle_or_stuck"] = or_(*signs.values())
    # The database counts and sums the idle and the stuck per currency (one pass over
    # the slipping index, without the table); the deals are read only when someone
    # opens a figure, and only the LISTED of them become rows here.
    totals: dict[str, dict[str, int]] = {key: {} for key in signs}
    q = (
        select(
            Opportunity.currency,
            *(
                func.sum(case((cond, column), else_=0))
                for cond in signs.values()
                for column in (literal(1), Opportunity.amount_minor)
            ),
        )
        .where(
            EVERY_DEAL,
            open_deals,
            signs["idle_or_stuck"],
        )
        .group_by(Opportunity.currency)
    )
    counts = dict.fromkeys(signs, 0)
    for currency, *sums in s.connection().execute(q):
        for i, key in enumerate(signs):
            if sums[2 * i]:
                counts[key] += int(sums[2 * i])
                totals[key][currency] = int(sums[2 * i + 1] or 0)
    # Pushed back is weighed from each moved deal's own history (in Python: asked of
    # the database per deal it takes longer than the rest of the report); "any" adds
    # the pushed deals that show no other sign to the idle or stuck.
    pushes = _pushes(s, f, signs["idle_or_stuck"])
    pushed_back = Bucket()
    counts["any"], totals["any"] = counts["idle_or_stuck"], dict(totals["idle_or_stuck"])
    for deal, pushed in pushes.items():
        pushed_back.add_minor(deal, pushed.minor, pushed.currency)
        if not pushed.other_sign:
            counts["any"] += 1
            cell = totals["any"]
            cell[pushed.currency] = cell.get(pushed.currency, 0) + pushed.minor
    conditions = {
        "idle": signs["idle"],
        "stuck": signs["stuck"],
        "any": or_(signs["idle_or_stuck"], _pushed_later(f)),
    }
    drills = {
        key: Drill(
            DrillTarget.DEALS,
            query=select(Opportunity.id, Opportunity.amount_minor, Opportunity.currency)
            .where(open_deals, cond)
            .order_by(Opportunity.id),
            count=counts[key],
            sums=tuple(totals[key].items()),
        )
        for key, cond in conditions.items()
    }
    drills = {"pushed": pushed_back.drill(), **drills}
    listed = _listed(s, f, directory, pushes, _first_listed(s, open_deals, signs, pushes))
    table = _slipping_table(listed, counts["any"])
    return Report(
        "slipping",
        "Slipping deals",
        "",
        fill(slipping_how(), STUCK_FACTOR),
        [_signs_table(drills), table],
    )


def _first_listed(
    s: Session,
    open_deals: ColumnElement[bool],
    signs: dict[str, ColumnElement[bool]],
    pushes: dict[Any, _Pushed],
) -> list[Any]:
    """The LISTED deals pushed back most often, then idle longest (the earliest
    progress): the pushed ones are sorted here, the rest come from the database in
    order of their last progress, read only as far as the list needs."""
    pushed = sorted(pushes, key=lambda d: (-len(pushes[d].days), pushes[d].progress, str(d)))
    wanted = LISTED - len(pushed)
    if wanted <= 0:
        return pushed[:LISTED]
    rest = s.connection().execute(
        select(raw_id(Opportunity.id))
        .where(open_deals, signs["idle_or_stuck"])
        .order_by(Opportunity.last_progress_at, Opportunity.id)
        .limit(wanted + len(pushed))
    )
    taken = set(pushed)
    return [*pushed, *[d for (d,) in rest if d not in taken][:wanted]]


def _per_stage(directory: Directory, f: ReportFilter, times: int) -> Any:
    """The deal's stage's cut-off: now less `times` × its target days. One CASE on the
    stage per deal, rather than a comparison of times for every stage."""
    column = Opportunity.last_progress_at
    return case(
        {
            st.id: literal(f.now - timedelta(days=times * st.target_days), column.type)
            for st in directory.stages.values()
        },
        value=Opportunity.stage_id,
        else_=null(),
    )


def _listed(
    s: Session,
    f: ReportFilter,
    directory: Directory,
    pushes: dict[Any, _Pushed],
    deals: list[Any],
) -> list[Row]:
    """The rows of the deals listed, in the order given."""
    q = select(
        raw_id(Opportunity.id),
        Opportunity.title,
        Opportunity.owner_id,
        Opportunity.stage_id,
        Opportunity.amount_minor,
        Opportunity.currency,
        Opportunity.expected_close,
        Opportunity.stage_entered_at,
        Opportunity.last_progress_at,
    ).where(Opportunity.id.in_([as_uuid(d) for d in deals]))
    found = {r[0]: r for r in s.execute(q)}
    rows = []
    for deal in deals:
        row = found.get(deal)
        if row is None:
            continue
        _id, title, owner, stage_id, minor, currency, close, entered, progress = row
        stage = directory.stages.get(stage_id)
        moved = pushes[deal].days if deal in pushes else []
        amount = Money.from_minor(minor, currency)
        rows.append(
            Row(
                {
                    "deal": title,
                    "owner": directory.person(owner),
                    "stage": stage.name if stage else "",
                    "amount": amount,
                    "expected_close": close,
                    "pushed": len(moved),
                    "pushed_days": float(sum(moved)),
                    "idle_days": round((f.now - progress).total_seconds() / 86400, 1),
                    "stage_days": round((f.now - entered).total_seconds() / 86400, 1),
                },
                {"deal": _one(deal, amount)},
            )
        )
    return rows


def _slipping_table(rows: list[Row], flagged: int) -> Table:
    """The deals pushed back most often and idle longest, LISTED of them."""
    table = Table(
        "slipping",
        translate("Reports", "Slipping deals"),
        [
            Column("deal", translate("Reports", "Deal")),
            Column("owner", translate("Reports", "Owner")),
            Column("stage", translate("Reports", "Stage")),
            Column("amount", translate("Reports", "Amount"), Kind.MONEY),
            Column("expected_close", translate("Reports", "Expected close"), Kind.DATE),
            Column("pushed", translate("Reports", "Pushed back"), Kind.COUNT),
            Column("pushed_days", translate("Reports", "Days pushed"), Kind.DAYS),
            Column("idle_days", translate("Reports", "Days idle"), Kind.DAYS),
            Column("stage_days", translate("Reports", "Days in stage"), Kind.DAYS),
        ],
        rows,
    )
    if flagged > LISTED:
        table.note = fill(
            translate(
                "Reports",
                "The %1 deals pushed back most often and idle longest are listed here; the "
                "counts above cover all %2, and double-clicking one lists them all.",
            ),
            formatting.number(LISTED),
            formatting.number(flagged),
        )
    return table


def _signs_table(drills: dict[str, Drill]) -> Table:
    overview = Table(
        "signs",
        translate("Reports", "Warning signs"),
        [
            Column("sign", translate("Reports", "Sign")),
            Column("deals", translate("Reports", "Deals"), Kind.COUNT),
        ],
    )
    labels = {
        "pushed": translate("Reports", "Close date pushed back in the period"),
        "idle": translate("Reports", "Idle beyond the stage's target days"),
        "stuck": fill(translate("Reports", "In the stage over %1 × its target days"), STUCK_FACTOR),
        "any": translate("Reports", "Any of these"),
    }
    for key, drill in drills.items():
        overview.rows.append(
            Row({"sign": labels[key], "deals": len(drill)}, {"deals": drill}, total=key == "any")
        )
    return overview


def _one(deal: uuid.UUID, amount: Money) -> Drill:
    bucket = Bucket(DrillTarget.DEALS)
    bucket.add(deal, amount)
    return bucket.drill()


def _pushed_in(f: ReportFilter) -> ColumnElement[bool]:
    return Opportunity.id.in_(
        select(OpportunityEvent.opportunity_id).where(
            OpportunityEvent.kind == EventKind.CLOSE_DATE_CHANGED,
            OpportunityEvent.at >= f.start,
            OpportunityEvent.at < f.end,
        )
    )


def _pushed_later(f: ReportFilter) -> ColumnElement[bool]:
    """Whether a deal's close date was moved later during the period: an event of the
    period setting a date after the one its previous event (in the order _pushes reads
    them) had set."""
    move, before = aliased(OpportunityEvent), aliased(OpportunityEvent)
    dated = (EventKind.CREATED, EventKind.CLOSE_DATE_CHANGED)
    previous = (
        select(before.expected_close)
        .where(
            before.opportunity_id == move.opportunity_id,
            before.kind.in_(dated),
            before.deleted.is_(False),
            or_(before.at < move.at, and_(before.at == move.at, before.id < move.id)),
        )
        .order_by(before.at.desc(), before.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    later = (
        select(move.id)
        .where(
            move.opportunity_id == Opportunity.id,
            move.kind.in_(dated),
            move.deleted.is_(False),
            move.at >= f.start,
            move.at < f.end,
            move.expected_close > previous,
        )
        .exists()
    )
    # The period's few moved deals first, so the search for a later date runs for them.
    return _pushed_in(f) & later


def _pushes(s: Session, f: ReportFilter, other_sign: ColumnElement[bool]) -> dict[Any, _Pushed]:
    """The deals pushed back in the period, from their created and close-date events in
    order: a move of the period that sets a date later than the one before it."""
    q = (
        select(
            raw_id(OpportunityEvent.opportunity_id),
            # Whether the move is the period's, told by the database: no datetimes made.
            case((OpportunityEvent.at >= f.start, 1), else_=0),
            # ISO text on SQLite, which orders as the dates do: made dates only for pushes.
            type_coerce(OpportunityEvent.expected_close, String),
            type_coerce(Opportunity.last_progress_at, String),
            Opportunity.amount_minor,
            Opportunity.currency,
            case((other_sign, 1), else_=0),
        )
        .join(Opportunity, Opportunity.id == OpportunityEvent.opportunity_id)
        .where(
            OpportunityEvent.kind.in_((EventKind.CREATED, EventKind.CLOSE_DATE_CHANGED)),
            OpportunityEvent.deleted.is_(False),
            OpportunityEvent.at < f.end,
            Opportunity.status == OpportunityStatus.OPEN,
            deal_filter(f),
            _pushed_in(f),
        )
        .order_by(OpportunityEvent.opportunity_id, OpportunityEvent.at, OpportunityEvent.id)
    )
    out: dict[Any, _Pushed] = {}
    previous: dict[Any, Any] = {}
    for deal, in_period, new, progress, minor, currency, other in s.connection().execute(q):
        before = previous.get(deal)
        if in_period and before is not None and new is not None and new > before:
            pushed = out.get(deal)
            if pushed is None:
                pushed = out[deal] = _Pushed([], progress, minor, currency, bool(other))
            pushed.days.append((_day(new) - _day(before)).days)
        previous[deal] = new
    return out


def _day(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def staying_in_touch_report(s: Session, f: ReportFilter) -> Report:
    directory = Directory.load(s)
    cutoff = f.instant(_months_before(f.today, f.touch_months))
    latest = (
        select(
            Opportunity.account_id.label("account_id"),
            func.max(Opportunity.closed_at).label("closed_at"),
        )
        .where(
            Opportunity.status.in_((OpportunityStatus.WON, OpportunityStatus.LOST)),
            Opportunity.account_id.is_not(None),
            deal_filter(f),
        )
        .group_by(Opportunity.account_id)
        .subquery()
    )
    open_accounts = select(Opportunity.account_id).where(
        Opportunity.status == OpportunityStatus.OPEN,
        Opportunity.deleted.is_(False),
        Opportunity.account_id.is_not(None),
    )
    # Whether anyone touched the customer since the close is probed per candidate with
    # NOT EXISTS on the activities' own indexes, and the date of the last touch is read
    # only for the customers listed: no scan of every activity ever logged.
    closed_at = latest.c.closed_at
    rows = s.execute(
        select(
            Account.id,
            Account.name,
            Opportunity.id,
            Opportunity.title,
            Opportunity.status,
            Opportunity.closed_at,
            Opportunity.owner_id,
            Opportunity.amount_minor,
            Opportunity.currency,
            *(_contacts(Account.id, kind, since=None) for kind in _TOUCHES),
        )
        .join(latest, latest.c.account_id == Account.id)
        .join(
            Opportunity,
            (Opportunity.account_id == Account.id) & (Opportunity.closed_at == closed_at),
        )
        .where(
            Account.deleted.is_(False),
            closed_at < cutoff,
            Account.id.not_in(open_accounts),
            *(~_contacts(Account.id, kind, since=closed_at) for kind in _TOUCHES),
        )
        .order_by(closed_at.desc())
    ).all()
    table = Table(
        "customers",
        fill(
            translate("Reports", "Customers closed %1 or more months ago, not contacted since"),
            f.touch_months,
        ),
        [
            Column("account", translate("Reports", "Customer")),
            Column("outcome", translate("Reports", "Outcome")),
            Column("closed", translate("Reports", "Closed on"), Kind.DATE),
            Column("deal", translate("Reports", "Deal")),
            Column("owner", translate("Reports", "Owner")),
            Column("amount", translate("Reports", "Amount"), Kind.MONEY),
            Column("last_contact", translate("Reports", "Last contact"), Kind.DATE),
        ],
    )
    seen: set[uuid.UUID] = set()
    for account, name, deal, title, status, closed_at, owner, minor, currency, *last in rows:
        touched = [at for at in last if at is not None]
        contact = max(touched) if touched else None
        if account in seen or closed_at is None:
            continue
        seen.add(account)
        amount = Money.from_minor(minor, currency)
        table.rows.append(
            Row(
                {
                    "account": name,
                    "outcome": translate("Reports", "Won")
                    if status == OpportunityStatus.WON
                    else translate("Reports", "Lost"),
                    "closed": f.local_day(closed_at),
                    "deal": title,
                    "owner": directory.person(owner),
                    "amount": amount,
                    "last_contact": f.local_day(contact) if contact else None,
                },
                {
                    "deal": _one(deal, amount),
                    "account": Bucket(DrillTarget.ACCOUNTS, [account]).drill(),
                },
            )
        )
    return Report("staying_in_touch", "Staying in touch", "", touch_how(), [table])


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    first = date(year, month, 1)
    after = date(year + (month == 12), month % 12 + 1, 1)
    return min(first.replace(day=1) + timedelta(days=day.day - 1), after - timedelta(days=1))


_TOUCHES = ("account", "contact", "deal")


def _contacts(account: Any, kind: str, since: Any) -> Any:
    """Completed activities with the customer, one way of reaching them (`kind`: logged on
    the account itself, with one of its contacts, or on one of its deals): with `since`,
    whether there is one at or after that time; without, the time of the latest."""
    done = (Activity.deleted.is_(False)) & (Activity.status == ActivityStatus.DONE)
    if kind == "account":
        q = select(Activity.started_at).where(done, Activity.account_id == account)
    elif kind == "contact":
        q = (
            select(Activity.started_at)
            .join(Contact, Contact.id == Activity.contact_id)
            .where(done, Contact.account_id == account)
        )
    else:
        deal = aliased(Opportunity)
        q = (
            select(Activity.started_at)
            .join(deal, deal.id == Activity.opportunity_id)
            .where(done, deal.account_id == account)
        )
    if since is not None:
        return q.where(Activity.started_at >= since).exists()
    return q.with_only_columns(func.max(Activity.started_at)).scalar_subquery()
