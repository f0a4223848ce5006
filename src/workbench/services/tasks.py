"""Tasks: checklist items of a stage, follow-ups and to-dos."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select

from workbench.domain.base import utcnow
from workbench.domain.enums import OpportunityStatus, TaskKind
from workbench.domain.models import Contact, Lead, Opportunity, Task, User
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.setup import current_user_id
from workbench.store.db import Database
from workbench.texts import translate


def add_task(
    db: Database,
    title: str,
    *,
    opportunity_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    due_at: datetime | None = None,
    assignee_id: uuid.UUID | None = None,
    kind: TaskKind = TaskKind.TODO,
    mandatory: bool = False,
    notes: str = "",
) -> uuid.UUID:
    title = validation.text(title, "title", "Title", required=True)
    with db.unit_of_work() as uow:
        s = uow.session
        stage_id = None
        if opportunity_id is not None:
            opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
            stage_id = opp.stage_id
            contact_id = contact_id or opp.contact_id
        if contact_id is not None:
            validation.live(s.get(Contact, contact_id), "contact")
        if lead_id is not None:
            validation.live(s.get(Lead, lead_id), "lead")
        if assignee_id is not None:
            validation.live(s.get(User, assignee_id), "user")
        task = Task(
            id=uuid.uuid4(),
            title=title,
            kind=kind,
            opportunity_id=opportunity_id,
            stage_id=stage_id,
            contact_id=contact_id,
            lead_id=lead_id,
            due_at=due_at,
            assignee_id=assignee_id or current_user_id(db),
            mandatory=mandatory,
            notes=validation.text(notes, "notes", "Notes", max_len=20000),
        )
        s.add(task)
    return task.id


def complete_task(db: Database, task_id: uuid.UUID, done: bool = True) -> None:
    with db.unit_of_work() as uow:
        task = validation.live(uow.session.get(Task, task_id), "task")
        if done and task.done_at is None:
            task.done_at = utcnow()
        elif not done:
            task.done_at = None


def assign_task(db: Database, task_id: uuid.UUID, user_id: uuid.UUID | None) -> None:
    with db.unit_of_work() as uow:
        task = validation.live(uow.session.get(Task, task_id), "task")
        if user_id is not None:
            validation.live(uow.session.get(User, user_id), "user")
        task.assignee_id = user_id


def set_task_due(db: Database, task_id: uuid.UUID, due_at: datetime | None) -> None:
    with db.unit_of_work() as uow:
        task = validation.live(uow.session.get(Task, task_id), "task")
        task.due_at = due_at


def delete_task(db: Database, task_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        task = validation.live(uow.session.get(Task, task_id), "task")
        if task.template_id is not None and task.mandatory:
            text = translate("Errors", "A mandatory checklist item of the stage can't be deleted.")
            raise ValidationError(text)
        uow.soft_delete(task)


def add_touch_calls(db: Database, deal_ids: list[uuid.UUID], due_at: datetime) -> int:
    """One call task per closed deal's customer, for its owner: a satisfaction call or a
    referral after a win, a second chance after a loss. A deal that already has an open
    call task gets no second one, so pressing the button twice creates nothing new."""
    made = 0
    with db.unit_of_work() as uow:
        s = uow.session
        me = current_user_id(db)
        for deal_id in dict.fromkeys(deal_ids):
            opp = validation.live(s.get(Opportunity, deal_id), "opportunity")
            waiting = s.scalar(
                select(Task.id).where(
                    Task.opportunity_id == opp.id,
                    Task.kind == TaskKind.CALL,
                    Task.done_at.is_(None),
                    Task.deleted.is_(False),
                )
            )
            if waiting is not None:
                continue
            customer = opp.account.name if opp.account is not None else opp.title
            why = (
                "satisfaction call, ask for a referral"
                if opp.status == OpportunityStatus.WON
                else "a second chance"
            )
            s.add(
                Task(
                    id=uuid.uuid4(),
                    title=f"Call {customer}: {why}"[:200],
                    kind=TaskKind.CALL,
                    opportunity_id=opp.id,
                    stage_id=opp.stage_id,
                    contact_id=opp.contact_id,
                    assignee_id=opp.owner_id or me,
                    due_at=due_at,
                )
            )
            made += 1
    return made
