from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.services.helpers import default_pipeline, make_deal, reason
from workbench.domain.enums import EventKind, OpportunityStatus, ReasonKind, Role
from workbench.domain.models import Opportunity, OpportunityEvent, OpportunityShare, Task, User
from workbench.errors import MandatoryTasksOpen, ValidationError, WorkbenchError
from workbench.services import opportunities as svc
from workbench.services import sharing, tasks
from workbench.store.db import Database


def _opp(db: Database, oid) -> Opportunity:  # type: ignore[no-untyped-def]
    with db.read() as s:
        opp = s.get(Opportunity, oid)
        assert opp is not None
        return opp


def _tasks(db: Database, oid, stage_id=None) -> list[Task]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        q = select(Task).where(Task.opportunity_id == oid)
        if stage_id:
            q = q.where(Task.stage_id == stage_id)
        return list(s.scalars(q))


def test_a_new_deal_gets_the_stage_checklist_and_a_created_event(db: Database) -> None:
    oid = make_deal(db, amount="1234.56")
    opp = _opp(db, oid)
    assert opp.amount_minor == 123456 and opp.value.amount == Decimal("1234.56")
    _, _stages = default_pipeline(db)
    assert [t.title for t in _tasks(db, oid)] == ["Confirm need, lasting interest and budget"]
    with db.read() as s:
        kinds = list(
            s.scalars(select(OpportunityEvent.kind).where(OpportunityEvent.opportunity_id == oid))
        )
    assert kinds == [EventKind.CREATED]


def test_moving_forward_is_refused_while_mandatory_tasks_are_open(db: Database) -> None:
    _, stages = default_pipeline(db)
    oid = make_deal(db, stage=2)  # "Schedule a sales meeting": mandatory "Book the meeting"
    before = _opp(db, oid)
    with pytest.raises(MandatoryTasksOpen) as info:
        svc.move_opportunity(db, oid, stages[3].id)
    assert "Book the meeting" in str(info.value)
    assert [title for _, title in info.value.tasks] == ["Book the meeting"]
    after = _opp(db, oid)
    assert (after.stage_id, after.stamp) == (before.stage_id, before.stamp)

    (task,) = _tasks(db, oid, stages[2].id)
    tasks.complete_task(db, task.id)
    svc.move_opportunity(db, oid, stages[3].id)
    moved = _opp(db, oid)
    assert moved.stage_id == stages[3].id
    assert moved.stage_entered_at > before.stage_entered_at
    assert moved.last_progress_at > before.last_progress_at
    with db.read() as s:
        event = s.scalars(
            select(OpportunityEvent).where(
                OpportunityEvent.opportunity_id == oid,
                OpportunityEvent.kind == EventKind.STAGE_CHANGED,
            )
        ).one()
    assert (event.from_stage_id, event.to_stage_id) == (stages[2].id, stages[3].id)


def test_moving_back_is_allowed_and_returning_does_not_duplicate_tasks(db: Database) -> None:
    _, stages = default_pipeline(db)
    oid = make_deal(db, stage=2)
    svc.move_opportunity(db, oid, stages[1].id)
    svc.move_opportunity(db, oid, stages[2].id, enforce_checklist=False)
    assert len(_tasks(db, oid, stages[2].id)) == 1


def test_delegated_checklist_items_go_to_the_role(db: Database) -> None:
    with db.unit_of_work() as uow:
        analyst = User(name="Kurt Brandt", role=Role.ANALYST)
        uow.session.add(analyst)
    _, _stages = default_pipeline(db)
    oid = make_deal(db, stage=4)  # "Prepare and send the offer": "Price the project" -> analyst
    pricing = [t for t in _tasks(db, oid) if t.title == "Price the project"]
    assert pricing[0].assignee_id == analyst.id


def test_delegated_checklist_items_go_to_the_department_when_nobody_has_the_role(
    db: Database,
) -> None:
    # People signed in to a team's server all come with a sales role; the department
    # is what names the analyst there.
    with db.unit_of_work() as uow:
        analyst = User(name="Ivo Petrov", department="business analysis")
        uow.session.add(User(name="Sam Sales", department="Sales"))
        uow.session.add(analyst)
    oid = make_deal(db, stage=4)
    (pricing,) = [t for t in _tasks(db, oid) if t.title == "Price the project"]
    assert pricing.assignee_id == analyst.id
    # Stage 3's "Check technical feasibility" has no technician: it stays the owner's.
    feasibility = make_deal(db, stage=3)
    (check,) = [t for t in _tasks(db, feasibility) if t.title == "Check technical feasibility"]
    assert check.assignee_id == _opp(db, feasibility).owner_id


def test_the_card_shows_the_stage_gate(db: Database) -> None:
    from workbench.services import board

    _, stages = default_pipeline(db)
    oid = make_deal(db, stage=4)  # two mandatory items: pricing and sending the offer
    infos = board.list_stages(db, stages[0].pipeline_id)
    card = board.card_by_id(db, oid, infos)
    assert card is not None and (card.gate_tasks, card.gate_open) == (2, 2)
    for t in _tasks(db, oid):
        if t.mandatory:
            tasks.complete_task(db, t.id)
    card = board.card_by_id(db, oid, infos)
    assert card is not None and (card.gate_tasks, card.gate_open) == (2, 0)
    no_gate = board.card_by_id(db, make_deal(db, stage=0), infos)
    assert no_gate is not None and (no_gate.gate_tasks, no_gate.gate_open) == (0, 0)


def test_win_needs_a_won_reason_and_a_finished_checklist(db: Database) -> None:
    _, stages = default_pipeline(db)
    oid = make_deal(db, stage=7)  # "Close and evaluate": "Attach the signed contract"
    with pytest.raises(ValidationError):
        svc.mark_won(db, oid, None)
    with pytest.raises(ValidationError):
        svc.mark_won(db, oid, reason(db, ReasonKind.LOST))
    with pytest.raises(MandatoryTasksOpen):
        svc.mark_won(db, oid, reason(db, ReasonKind.WON))
    for t in _tasks(db, oid):
        if t.mandatory:
            tasks.complete_task(db, t.id)
    svc.mark_won(db, oid, reason(db, ReasonKind.WON), note="Signed on site")
    opp = _opp(db, oid)
    assert opp.status == OpportunityStatus.WON and opp.closed_at is not None
    with pytest.raises(WorkbenchError):
        svc.move_opportunity(db, oid, stages[0].id)


def test_the_close_gate_is_known_before_a_reason_is_asked(db: Database) -> None:
    oid = make_deal(db, stage=7)  # "Close and evaluate": "Attach the signed contract"
    with pytest.raises(MandatoryTasksOpen) as info:
        svc.check_close(db, oid, OpportunityStatus.WON)
    assert [title for _, title in info.value.tasks] == ["Attach the signed contract"]
    svc.check_close(db, oid, OpportunityStatus.LOST)  # losing needs no finished checklist
    svc.mark_lost(db, oid, reason(db, ReasonKind.LOST))
    with pytest.raises(WorkbenchError, match="already lost"):
        svc.check_close(db, oid, OpportunityStatus.LOST)


def test_lost_records_reason_and_competitor_and_reopen_undoes_it(db: Database) -> None:
    oid = make_deal(db)
    svc.mark_lost(db, oid, reason(db, ReasonKind.LOST, "Competitor"), competitor="Globex")
    opp = _opp(db, oid)
    assert (opp.status, opp.competitor) == (OpportunityStatus.LOST, "Globex")
    svc.reopen_opportunity(db, oid)
    opp = _opp(db, oid)
    assert (opp.status, opp.competitor, opp.close_reason_id) == (OpportunityStatus.OPEN, "", None)


def test_an_edit_is_not_progress(db: Database) -> None:
    oid = make_deal(db)
    before = _opp(db, oid)
    data = svc.OpportunityInput(
        title="Renamed",
        pipeline_id=before.pipeline_id,
        account_id=before.account_id,
        amount=Decimal("99"),
    )
    svc.update_opportunity(db, oid, data)
    after = _opp(db, oid)
    assert after.title == "Renamed" and after.amount_minor == 9900
    assert after.last_progress_at == before.last_progress_at


@pytest.mark.parametrize(
    ("amount", "currency"), [(Decimal("-1"), "EUR"), (Decimal("1"), "EURO"), (Decimal("1"), "")]
)
def test_bad_values_are_refused(db: Database, amount: Decimal, currency: str) -> None:
    pipeline, _ = default_pipeline(db)
    with pytest.raises(ValidationError):
        svc.create_opportunity(
            db,
            svc.OpportunityInput(
                title="Bad", pipeline_id=pipeline.id, amount=amount, currency=currency
            ),
        )


def test_sharing_with_a_colleague(db: Database) -> None:
    with db.unit_of_work() as uow:
        colleague = User(name="Mia Lindqvist")
        uow.session.add(colleague)
    oid = make_deal(db)
    sharing.share_opportunity(db, oid, colleague.id)
    sharing.share_opportunity(db, oid, colleague.id)  # twice is still one share
    with db.read() as s:
        shares = list(
            s.scalars(
                select(OpportunityShare).where(
                    OpportunityShare.opportunity_id == oid, OpportunityShare.deleted.is_(False)
                )
            )
        )
    assert [sh.user_id for sh in shares] == [colleague.id]
    sharing.unshare_opportunity(db, oid, colleague.id)
    with db.read() as s:
        assert (
            s.scalars(
                select(OpportunityShare).where(
                    OpportunityShare.opportunity_id == oid, OpportunityShare.deleted.is_(False)
                )
            ).all()
            == []
        )


def test_reported_fields_are_logged_with_their_new_values(db: Database) -> None:
    """Amount, close date, owner and forecast category changes each become a history
    event carrying the new value (the reports rebuild past pipelines from them); other
    edits stay one 'edited' event."""
    from datetime import date

    from workbench.domain.enums import ForecastCategory

    oid = make_deal(db, amount="12000")
    before = _opp(db, oid)
    with db.unit_of_work() as uow:
        colleague = User(name="Anna Kern", role=Role.ACCOUNT_EXECUTIVE)
        uow.session.add(colleague)
    data = svc.OpportunityInput(
        title="Renamed",
        pipeline_id=before.pipeline_id,
        account_id=before.account_id,
        amount=Decimal("15000"),
        currency="EUR",
        expected_close=date(2027, 3, 31),
        owner_id=colleague.id,
        forecast_category=ForecastCategory.COMMIT,
    )
    svc.update_opportunity(db, oid, data)
    with db.read() as s:
        events = {
            e.kind: e
            for e in s.scalars(
                select(OpportunityEvent).where(OpportunityEvent.opportunity_id == oid)
            )
        }
    assert events[EventKind.CREATED].amount_minor == 1_200_000
    assert (
        events[EventKind.AMOUNT_CHANGED].amount_minor,
        events[EventKind.AMOUNT_CHANGED].currency,
    ) == (1_500_000, "EUR")
    assert events[EventKind.AMOUNT_CHANGED].details == "€15,000.00 (was €12,000.00)"
    assert events[EventKind.CLOSE_DATE_CHANGED].expected_close == date(2027, 3, 31)
    assert events[EventKind.OWNER_CHANGED].owner_id == colleague.id
    assert events[EventKind.FORECAST_CHANGED].forecast_category == ForecastCategory.COMMIT
    assert EventKind.EDITED in events  # the title
    svc.update_opportunity(db, oid, data)  # the same values again: nothing new is logged
    with db.read() as s:
        count = len(
            list(s.scalars(select(OpportunityEvent).where(OpportunityEvent.opportunity_id == oid)))
        )
    assert count == len(events)
