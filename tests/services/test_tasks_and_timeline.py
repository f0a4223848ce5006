import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.services.helpers import default_pipeline, make_deal
from workbench.domain.enums import ActivityKind, TaskKind
from workbench.domain.models import Activity, Task, User
from workbench.errors import NotFound, ValidationError
from workbench.services import opportunities, tasks
from workbench.services.setup import current_user_id
from workbench.services.timeline import timeline_for
from workbench.store.db import Database


def test_add_assign_reschedule_and_complete_a_task(db: Database) -> None:
    oid = make_deal(db)
    with db.unit_of_work() as uow:
        colleague = User(name="Ines Weiß")
        uow.session.add(colleague)
    due = datetime(2026, 12, 1, 9, tzinfo=UTC)
    tid = tasks.add_task(
        db, "Call about delivery", opportunity_id=oid, due_at=due, kind=TaskKind.CALL
    )
    tasks.assign_task(db, tid, colleague.id)
    tasks.set_task_due(db, tid, due + timedelta(days=1))
    tasks.complete_task(db, tid)
    with db.read() as s:
        task = s.get(Task, tid)
        assert task is not None
        assert (task.assignee_id, task.due_at, task.done) == (
            colleague.id,
            due + timedelta(days=1),
            True,
        )
    tasks.complete_task(db, tid, done=False)
    with db.read() as s:
        assert s.get(Task, tid).done_at is None  # type: ignore[union-attr]


def test_task_input_is_checked(db: Database) -> None:
    with pytest.raises(ValidationError):
        tasks.add_task(db, "  ")
    with pytest.raises(NotFound):
        tasks.add_task(db, "For nobody", assignee_id=uuid.uuid4())


def test_mandatory_checklist_items_cannot_be_deleted(db: Database) -> None:
    oid = make_deal(db, stage=2)
    with db.read() as s:
        mandatory = s.scalars(select(Task).where(Task.opportunity_id == oid, Task.mandatory)).one()
    with pytest.raises(ValidationError):
        tasks.delete_task(db, mandatory.id)


def test_timeline_shows_touches_stage_changes_and_done_tasks_newest_first(db: Database) -> None:
    _, stages = default_pipeline(db)
    oid = make_deal(db)
    opportunities.move_opportunity(db, oid, stages[1].id)
    with db.unit_of_work() as uow:
        uow.session.add(
            Activity(
                kind=ActivityKind.CALL,
                subject="Intro call",
                started_at=datetime.now(UTC) + timedelta(seconds=1),
                duration_seconds=300,
                opportunity_id=oid,
                user_id=current_user_id(db),
            )
        )
    entries = timeline_for(db, opportunity_id=oid)
    kinds = [e.kind for e in entries]
    assert kinds[0] == "call" and "stage_changed" in kinds and kinds[-1] == "created"
    assert entries[0].detail.endswith("5:00 min")
    moved = next(e for e in entries if e.kind == "stage_changed")
    assert stages[1].name in moved.title
