"""Opportunities: create, edit, move through stages, win or lose (sharing: sharing.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from workbench import formatting
from workbench.domain.base import utcnow
from workbench.domain.enums import (
    EventKind,
    ForecastCategory,
    OpportunityStatus,
    ReasonKind,
    label,
)
from workbench.domain.models import (
    Account,
    Contact,
    Opportunity,
    OpportunityEvent,
    Pipeline,
    Reason,
    Stage,
    Task,
    TaskTemplate,
    User,
)
from workbench.domain.money import Money, MoneyError
from workbench.errors import MandatoryTasksOpen, ValidationError, WorkbenchError
from workbench.services import validation
from workbench.services.reasons import reason_of_kind
from workbench.services.setup import current_user_id
from workbench.store.db import Database
from workbench.store.uow import UnitOfWork
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate


@dataclass
class OpportunityInput:
    title: str
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID | None = None  # None: the pipeline's first stage
    account_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    amount: Decimal = Decimal("0")
    currency: str = "EUR"
    expected_close: date | None = None
    owner_id: uuid.UUID | None = None
    notes: str = ""
    # None: the stage's forecast category counts.
    forecast_category: ForecastCategory | None = None


@dataclass(frozen=True)
class StageChange:
    """A move, and enough to reverse it: `stamp` is the deal's stamp right after it, so a
    reversal can tell whether anyone changed the deal since."""

    opportunity_id: uuid.UUID
    from_stage_id: uuid.UUID
    to_stage_id: uuid.UUID
    stamp: str = ""

    @property
    def stage_ids(self) -> frozenset[uuid.UUID]:
        return frozenset({self.from_stage_id, self.to_stage_id})


@dataclass(frozen=True)
class CloseChange:
    """Won or lost (`closed`), or reopened again (not `closed`), with what it takes to
    redo it; `stamp` as in StageChange."""

    opportunity_id: uuid.UUID
    stage_id: uuid.UUID
    status: OpportunityStatus
    reason_id: uuid.UUID
    note: str
    competitor: str
    closed: bool
    stamp: str = ""

    @property
    def stage_ids(self) -> frozenset[uuid.UUID]:
        return frozenset({self.stage_id})


@dataclass(frozen=True)
class EditChange:
    opportunity_id: uuid.UUID
    stage_id: uuid.UUID
    stamp: str

    @property
    def stage_ids(self) -> frozenset[uuid.UUID]:
        return frozenset({self.stage_id})


# Whole sentences per case, so that a translation puts the deal's title (%1) where its
# language needs it and no English word ("won", "undone") is spliced into it.
_CHANGED_SINCE = {
    "undone": QT_TRANSLATE_NOOP(
        "Errors",
        "“%1” has been changed since, so this can't be undone any more. Nothing was changed.",
    ),
    "redone": QT_TRANSLATE_NOOP(
        "Errors",
        "“%1” has been changed since, so this can't be redone any more. Nothing was changed.",
    ),
}
_ALREADY_CLOSED = {
    OpportunityStatus.WON: QT_TRANSLATE_NOOP("Errors", "“%1” is already won."),
    OpportunityStatus.LOST: QT_TRANSLATE_NOOP("Errors", "“%1” is already lost."),
}
_CLOSED_STAYS = {
    OpportunityStatus.WON: QT_TRANSLATE_NOOP("Errors", "“%1” is won; reopen it to move it."),
    OpportunityStatus.LOST: QT_TRANSLATE_NOOP("Errors", "“%1” is lost; reopen it to move it."),
}
_CHOOSE_REASON = {
    ReasonKind.WON: QT_TRANSLATE_NOOP("Errors", "Choose why the deal was won."),
    ReasonKind.LOST: QT_TRANSLATE_NOOP("Errors", "Choose why the deal was lost."),
}


def _other_process() -> str:
    return translate("Errors", "That stage belongs to another sales process.")


def _unchanged_since(opp: Opportunity, stamp: str, undone: str) -> None:
    """Refuse to reverse a change when the deal was changed after it (elsewhere, by sync,
    or by a write that is not in the undo history)."""
    if stamp and opp.stamp != stamp:
        raise WorkbenchError(fill(translate("Errors", _CHANGED_SINCE[undone]), opp.title))


def _clean(data: OpportunityInput) -> dict[str, object]:
    title = validation.text(data.title, "title", "Title", required=True)
    currency = validation.currency(data.currency)
    if not isinstance(data.amount, Decimal):
        raise ValidationError(translate("Errors", "The value must be a decimal amount."), "amount")
    if data.amount < 0:
        raise ValidationError(translate("Errors", "The value can't be negative."), "amount")
    try:
        minor = Money(data.amount, currency).to_minor()
    except MoneyError as exc:
        raise ValidationError(str(exc), "amount") from None
    if minor > 10**15:
        raise ValidationError(translate("Errors", "The value is implausibly large."), "amount")
    return {
        "title": title,
        "currency": currency,
        "amount_minor": minor,
        "expected_close": validation.not_in_past_far(
            data.expected_close, "expected_close", "Expected close"
        ),
        "notes": validation.text(data.notes, "notes", "Notes", max_len=20000),
        "forecast_category": _forecast(data.forecast_category),
    }


def _forecast(value: object) -> ForecastCategory | None:
    if value is None or isinstance(value, ForecastCategory):
        return value
    try:
        return ForecastCategory(str(value))
    except ValueError:
        choices = ", ".join(c.value for c in ForecastCategory)
        raise ValidationError(
            f"Unknown forecast category “{value}”: use one of {choices}.", "forecast_category"
        ) from None


def _check_refs(s: Session, data: OpportunityInput) -> Stage:
    pipeline = validation.live(s.get(Pipeline, data.pipeline_id), "sales process")
    if data.stage_id is None:
        stage = s.scalars(
            select(Stage)
            .where(Stage.pipeline_id == pipeline.id, Stage.deleted.is_(False))
            .order_by(Stage.position)
            .limit(1)
        ).first()
        if stage is None:
            text = translate("Errors", "The sales process “%1” has no stages.")
            raise ValidationError(fill(text, pipeline.name), "stage")
    else:
        stage = validation.live(s.get(Stage, data.stage_id), "stage")
        if stage.pipeline_id != pipeline.id:
            raise ValidationError(_other_process(), "stage")
    if data.account_id is not None:
        validation.live(s.get(Account, data.account_id), "account")
    if data.contact_id is not None:
        contact = validation.live(s.get(Contact, data.contact_id), "contact")
        if data.account_id and contact.account_id and contact.account_id != data.account_id:
            text = translate("Errors", "%1 works for another account.")
            raise ValidationError(fill(text, contact.full_name), "contact")
    if data.owner_id is not None:
        validation.live(s.get(User, data.owner_id), "user")
    return stage


def create_opportunity(db: Database, data: OpportunityInput) -> uuid.UUID:
    with db.unit_of_work() as uow:
        opp = add_opportunity(uow, data)
    return opp.id


def add_opportunity(
    uow: UnitOfWork, data: OpportunityInput, *, source_lead_id: uuid.UUID | None = None
) -> Opportunity:
    """Validate and add a deal (with its created event and first stage's checklist) inside
    a larger unit of work, e.g. converting a lead."""
    values = _clean(data)
    me = current_user_id(uow.db)
    s = uow.session
    stage = _check_refs(s, data)
    now = utcnow()
    opp = Opportunity(
        id=uuid.uuid4(),
        pipeline_id=stage.pipeline_id,
        stage_id=stage.id,
        account_id=data.account_id,
        contact_id=data.contact_id,
        owner_id=data.owner_id or me,
        status=OpportunityStatus.OPEN,
        stage_entered_at=now,
        last_progress_at=now,
        source_lead_id=source_lead_id,
        **values,
    )
    s.add(opp)
    s.add(
        OpportunityEvent(
            opportunity_id=opp.id,
            kind=EventKind.CREATED,
            at=now,
            user_id=me,
            to_stage_id=stage.id,
            amount_minor=opp.amount_minor,
            currency=opp.currency,
            expected_close=opp.expected_close,
            owner_id=opp.owner_id,
            forecast_category=opp.forecast_category,
        )
    )
    _create_stage_tasks(uow, opp, stage)
    return opp


def update_opportunity(
    db: Database, opportunity_id: uuid.UUID, data: OpportunityInput
) -> EditChange:
    """Edit the deal's fields. The stage is changed only by move_opportunity, and an edit
    is not progress: it leaves last_progress_at alone so it can't hide an idle deal."""
    values = _clean(data)
    with db.unit_of_work() as uow:
        s = uow.session
        opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        if data.pipeline_id != opp.pipeline_id:
            text = translate("Errors", "A deal can't be moved to another sales process.")
            raise ValidationError(text)
        data.stage_id = opp.stage_id
        _check_refs(s, data)
        changed = [k for k, val in values.items() if getattr(opp, k) != val]
        before = Money.from_minor(opp.amount_minor, opp.currency), opp.expected_close
        for key, value in values.items():
            setattr(opp, key, value)
        opp.account_id, opp.contact_id = data.account_id, data.contact_id
        if data.owner_id is not None and data.owner_id != opp.owner_id:
            _hand_over_tasks(s, opp, data.owner_id)
            opp.owner_id = data.owner_id
            changed.append("owner")
        for event in _history_events(opp, changed, *before):
            event.user_id = current_user_id(db)
            s.add(event)
    return EditChange(opp.id, opp.stage_id, opp.stamp)


# Fields whose changes the reports rebuild history from, each with its own event kind.
_REPORTED = {
    "amount_minor": EventKind.AMOUNT_CHANGED,
    "currency": EventKind.AMOUNT_CHANGED,
    "expected_close": EventKind.CLOSE_DATE_CHANGED,
    "owner": EventKind.OWNER_CHANGED,
    "forecast_category": EventKind.FORECAST_CHANGED,
}


def _history_events(
    opp: Opportunity, changed: list[str], amount_before: Money, close_before: date | None
) -> list[OpportunityEvent]:
    """One event per reported field that changed, carrying its new value, and one
    "edited" event naming the other fields."""
    now = utcnow()
    kinds = dict.fromkeys(_REPORTED[f] for f in changed if f in _REPORTED)
    events = []
    for kind in kinds:
        event = OpportunityEvent(opportunity_id=opp.id, kind=kind, at=now)
        if kind == EventKind.AMOUNT_CHANGED:
            event.amount_minor, event.currency = opp.amount_minor, opp.currency
            event.details = was_text(formatting.money(opp.value), formatting.money(amount_before))
        elif kind == EventKind.CLOSE_DATE_CHANGED:
            event.expected_close = opp.expected_close
            event.details = was_text(_day(opp.expected_close), _day(close_before))
        elif kind == EventKind.OWNER_CHANGED:
            event.owner_id = opp.owner_id
        else:
            event.forecast_category = opp.forecast_category
            category = opp.forecast_category
            follows = translate("Timeline", "Follows the stage")
            event.details = translate("Domain", label(category)) if category else follows
        events.append(event)
    others = [f for f in changed if f not in _REPORTED]
    if others:
        names = {
            "title": translate("Timeline", "title"),
            "notes": translate("Timeline", "notes"),
        }
        details = ", ".join(names.get(f, f) for f in others)
        events.append(
            OpportunityEvent(opportunity_id=opp.id, kind=EventKind.EDITED, at=now, details=details)
        )
    return events


def _day(value: date | None) -> str:
    return formatting.day(value) if value else translate("Timeline", "none")


def was_text(now: str, before: str) -> str:
    """A changed value in a deal's history: "48.000,00 € (vorher 40.000,00 €)"."""
    return fill(translate("Timeline", "%1 (was %2)"), now, before)


def close_text(reason: str, competitor: str) -> str:
    """Why a deal was closed, in its history, with the competitor who took it."""
    if not competitor:
        return reason
    return fill(translate("Timeline", "%1 — competitor: %2"), reason, competitor)


def _hand_over_tasks(s: Session, opp: Opportunity, new_owner: uuid.UUID) -> None:
    """A deal handed to a colleague takes its open tasks along: those the previous owner
    had are the new owner's now (tasks delegated to others stay theirs)."""
    for task in s.scalars(
        select(Task).where(
            Task.opportunity_id == opp.id,
            Task.assignee_id == opp.owner_id,
            Task.done_at.is_(None),
            Task.deleted.is_(False),
        )
    ):
        task.assignee_id = new_owner


def open_mandatory_tasks(s: Session, opportunity_id: uuid.UUID, stage_id: uuid.UUID) -> list[Task]:
    return list(
        s.scalars(
            select(Task)
            .where(
                Task.opportunity_id == opportunity_id,
                Task.stage_id == stage_id,
                Task.mandatory.is_(True),
                Task.done_at.is_(None),
                Task.deleted.is_(False),
            )
            .order_by(Task.due_at, Task.title)
        )
    )


def _guard_mandatory(s: Session, opp: Opportunity) -> None:
    blocking = open_mandatory_tasks(s, opp.id, opp.stage_id)
    if blocking:
        stage = s.get(Stage, opp.stage_id)
        raise MandatoryTasksOpen(
            stage.name if stage else "this stage", [(t.id, t.title) for t in blocking]
        )


def check_close(db: Database, opportunity_id: uuid.UUID, status: OpportunityStatus) -> None:
    """Raise what would refuse closing the deal as `status` before anyone is asked why:
    a deal already closed, or (for won) the current stage's open mandatory tasks. The
    same checks run again when the deal is closed, since it may change in between."""
    with db.read() as s:
        opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        if opp.status != OpportunityStatus.OPEN:
            raise WorkbenchError(fill(translate("Errors", _ALREADY_CLOSED[opp.status]), opp.title))
        if status == OpportunityStatus.WON:
            _guard_mandatory(s, opp)


def move_opportunity(
    db: Database,
    opportunity_id: uuid.UUID,
    to_stage_id: uuid.UUID,
    *,
    enforce_checklist: bool = True,
    stamp: str = "",
) -> StageChange:
    """Move an open deal to another stage of its sales process.

    Moving forward past a stage needs its mandatory tasks done; moving back does not, since
    going back is no claim that the stage's work was finished. `enforce_checklist=False`
    is for undo, which restores a position the deal already had; with `stamp`, the move
    is made only if the deal still has that stamp.
    """
    with db.unit_of_work() as uow:
        s = uow.session
        opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        _unchanged_since(opp, stamp, "undone")
        if opp.status != OpportunityStatus.OPEN:
            raise WorkbenchError(fill(translate("Errors", _CLOSED_STAYS[opp.status]), opp.title))
        target = validation.live(s.get(Stage, to_stage_id), "stage")
        if target.pipeline_id != opp.pipeline_id:
            raise ValidationError(_other_process(), "stage")
        source = s.get(Stage, opp.stage_id)
        change = StageChange(opp.id, opp.stage_id, target.id)
        if target.id == opp.stage_id:
            return change
        forward = source is None or target.position > source.position
        if forward and enforce_checklist:
            _guard_mandatory(s, opp)
        now = utcnow()
        opp.stage_id = target.id
        opp.stage_entered_at = now
        opp.last_progress_at = now
        s.add(
            OpportunityEvent(
                opportunity_id=opp.id,
                kind=EventKind.STAGE_CHANGED,
                at=now,
                user_id=current_user_id(db),
                from_stage_id=change.from_stage_id,
                to_stage_id=target.id,
            )
        )
        _create_stage_tasks(uow, opp, target)
        s.flush()
    return replace(change, stamp=opp.stamp)


def step_opportunity(db: Database, opportunity_id: uuid.UUID, step: int) -> StageChange:
    """Move an open deal `step` stages on (negative: back) from wherever it is when this
    runs; past the first or last stage it stays where it is. The keyboard's moves are
    steps, so presses queued behind other writes act on the deal as those left it."""
    with db.read() as s:
        opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        stages = list(
            s.scalars(
                select(Stage.id)
                .where(Stage.pipeline_id == opp.pipeline_id, Stage.deleted.is_(False))
                .order_by(Stage.position)
            )
        )
        here = stages.index(opp.stage_id) if opp.stage_id in stages else -1
        stamp, stage_id = opp.stamp, opp.stage_id
    i = here + step
    if here < 0 or not 0 <= i < len(stages):
        return StageChange(opportunity_id, stage_id, stage_id, stamp)
    return move_opportunity(db, opportunity_id, stages[i])


def reverse_move(db: Database, change: StageChange) -> StageChange:
    """Undo a move (or redo it, given the reverse): back where it came from, unless the
    deal changed since. Returns the reverse of `change`."""
    if change.from_stage_id == change.to_stage_id:
        return change
    # The position was the deal's before; the checklist allowed it then.
    return move_opportunity(
        db,
        change.opportunity_id,
        change.from_stage_id,
        enforce_checklist=False,
        stamp=change.stamp or "-",  # a record without a stamp can't prove nothing changed
    )


def _reason(s: Session, reason_id: uuid.UUID | None, kind: ReasonKind) -> Reason:
    if reason_id is None:
        raise ValidationError(translate("Errors", _CHOOSE_REASON[kind]), "reason")
    return reason_of_kind(s, reason_id, kind)


def mark_won(
    db: Database, opportunity_id: uuid.UUID, reason_id: uuid.UUID | None, note: str = ""
) -> CloseChange:
    return _close(db, opportunity_id, OpportunityStatus.WON, reason_id, note, "")


def mark_lost(
    db: Database,
    opportunity_id: uuid.UUID,
    reason_id: uuid.UUID | None,
    note: str = "",
    competitor: str = "",
) -> CloseChange:
    return _close(db, opportunity_id, OpportunityStatus.LOST, reason_id, note, competitor)


def _close(
    db: Database,
    opportunity_id: uuid.UUID,
    status: OpportunityStatus,
    reason_id: uuid.UUID | None,
    note: str,
    competitor: str,
    *,
    stamp: str = "",
) -> CloseChange:
    note = validation.text(note, "note", "Note", max_len=20000)
    competitor = validation.text(competitor, "competitor", "Competitor", max_len=120)
    with db.unit_of_work() as uow:
        s = uow.session
        opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        if opp.status != OpportunityStatus.OPEN:
            raise WorkbenchError(fill(translate("Errors", _ALREADY_CLOSED[opp.status]), opp.title))
        _unchanged_since(opp, stamp, "redone")
        kind = ReasonKind.WON if status == OpportunityStatus.WON else ReasonKind.LOST
        reason = _reason(s, reason_id, kind)
        if status == OpportunityStatus.WON:
            _guard_mandatory(s, opp)
        now = utcnow()
        opp.status = status
        opp.close_reason_id = reason.id
        opp.close_note = note
        opp.competitor = competitor
        opp.closed_at = now
        opp.last_progress_at = now
        details = close_text(reason.label, competitor)
        s.add(
            OpportunityEvent(
                opportunity_id=opp.id,
                kind=EventKind(status.value),
                at=now,
                user_id=current_user_id(db),
                from_stage_id=opp.stage_id,
                details=details,
            )
        )
        s.flush()
    return CloseChange(opp.id, opp.stage_id, status, reason.id, note, competitor, True, opp.stamp)


def reopen_opportunity(db: Database, opportunity_id: uuid.UUID, *, stamp: str = "") -> str:
    """Back to open in the stage it was closed in (also how won/lost is undone); with
    `stamp`, only if the deal is unchanged since it had that stamp. Returns the deal's
    stamp afterwards."""
    with db.unit_of_work() as uow:
        s = uow.session
        opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        if opp.status == OpportunityStatus.OPEN:
            return opp.stamp
        _unchanged_since(opp, stamp, "undone")
        opp.status = OpportunityStatus.OPEN
        opp.close_reason_id = None
        opp.close_note = ""
        opp.competitor = ""
        opp.closed_at = None
        s.add(
            OpportunityEvent(
                opportunity_id=opp.id,
                kind=EventKind.REOPENED,
                at=utcnow(),
                user_id=current_user_id(db),
                to_stage_id=opp.stage_id,
            )
        )
        s.flush()
    return opp.stamp


@dataclass(frozen=True)
class AccountDeal:
    id: uuid.UUID
    title: str
    stage_name: str
    status: OpportunityStatus
    amount: Decimal
    currency: str
    expected_close: date | None


def account_deals(db: Database, account_id: uuid.UUID, limit: int = 500) -> list[AccountDeal]:
    """An account's deals, open ones first, then the most recently closed."""
    q = (
        select(
            Opportunity.id,
            Opportunity.title,
            Stage.name,
            Opportunity.status,
            Opportunity.amount_minor,
            Opportunity.currency,
            Opportunity.expected_close,
        )
        .join(Stage, Stage.id == Opportunity.stage_id)
        .where(Opportunity.account_id == account_id, Opportunity.deleted.is_(False))
        .order_by(
            Opportunity.status != OpportunityStatus.OPEN,
            Opportunity.closed_at.desc(),
            Opportunity.expected_close,
            Opportunity.title,
        )
        .limit(limit)
    )
    with db.read() as s:
        return [
            AccountDeal(i, title, stage, status, Money.from_minor(minor, cur).amount, cur, close)
            for i, title, stage, status, minor, cur, close in s.execute(q)
        ]


def _create_stage_tasks(uow: UnitOfWork, opp: Opportunity, stage: Stage) -> None:
    """Give the deal the stage's checklist, once: returning to a stage keeps the tasks it
    already had there."""
    s = uow.session
    s.flush()
    have = set(
        s.scalars(
            select(Task.template_id).where(
                Task.opportunity_id == opp.id, Task.stage_id == stage.id, Task.deleted.is_(False)
            )
        )
    )
    templates = s.scalars(
        select(TaskTemplate)
        .where(TaskTemplate.stage_id == stage.id, TaskTemplate.deleted.is_(False))
        .order_by(TaskTemplate.position)
    )
    now = utcnow()
    for t in templates:
        if t.id in have:
            continue
        assignee = _delegate(s, t) or opp.owner_id
        s.add(
            Task(
                title=t.title,
                opportunity_id=opp.id,
                stage_id=stage.id,
                template_id=t.id,
                assignee_id=assignee,
                due_at=now + timedelta(days=t.due_days),
                mandatory=t.mandatory,
                contact_id=opp.contact_id,
            )
        )


def _delegate(s: Session, template: TaskTemplate) -> uuid.UUID | None:
    """The colleague a checklist item is delegated to: someone with the item's role, or
    else someone in its department. People signed in to a team's server all come with a
    sales role, so there the department ("Business analysis") is what names the analyst."""
    wanted = []
    if template.default_role is not None:
        wanted.append(User.role == template.default_role)
    if template.department.strip():
        wanted.append(func.lower(User.department) == template.department.strip().lower())
    if not wanted:
        return None
    by_role = User.role == template.default_role if template.default_role else false()
    return s.scalars(
        select(User.id)
        .where(or_(*wanted), User.active.is_(True), User.deleted.is_(False))
        .order_by(by_role.desc(), User.name)
        .limit(1)
    ).first()


def reverse_close(db: Database, change: CloseChange) -> CloseChange:
    """Undo won/lost by reopening, or redo it after that, unless the deal changed since."""
    if change.closed:
        stamp = reopen_opportunity(db, change.opportunity_id, stamp=change.stamp or "-")
        return replace(change, closed=False, stamp=stamp)
    return _close(
        db,
        change.opportunity_id,
        change.status,
        change.reason_id,
        change.note,
        change.competitor,
        stamp=change.stamp or "-",
    )
