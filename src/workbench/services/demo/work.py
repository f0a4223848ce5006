"""The work around each deal: its stage's checklist tasks, a follow-up call, the last touch,
and a few meetings on today's calendar."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from workbench.domain.enums import ActivityKind, ActivityStatus, CallOutcome, Direction, TaskKind
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.people import Staff
from workbench.services.demo.words import DURATIONS, PRODUCTS

if TYPE_CHECKING:
    from workbench.services.demo.opportunities import Deal

# Calls are the commonest touch, so they are in twice.
TOUCHES = [
    ActivityKind.CALL,
    ActivityKind.CALL,
    ActivityKind.EMAIL,
    ActivityKind.MEETING,
    ActivityKind.VISIT,
]
SUBJECTS = {
    ActivityKind.CALL: "Call",
    ActivityKind.EMAIL: "E-mail",
    ActivityKind.MEETING: "Meeting",
    ActivityKind.VISIT: "Visit",
}


def deal_tasks(demo: Demo, staff: Staff, deal: Deal) -> list[Row]:
    """The stage's template tasks (done on closed deals, about half done on open ones) and,
    on half the open deals, a follow-up call due around today."""
    rng, opp = demo.rng, deal.row
    owner, contact_id = opp["owner_id"], opp["contact_id"]
    tasks: list[Row] = []
    for t in demo.templates.get(deal.stage.id, []):
        done = deal.closed or rng.random() < 0.45
        assignee = staff.by_role.get(t.default_role, owner) if t.default_role else owner
        tasks.append(
            {
                "title": t.title,
                "kind": TaskKind.TODO,
                "opportunity_id": opp["id"],
                "stage_id": deal.stage.id,
                "template_id": t.id,
                "lead_id": None,
                "contact_id": contact_id,
                "assignee_id": assignee,
                "due_at": deal.entered + timedelta(days=t.due_days),
                "done_at": deal.entered + timedelta(days=rng.uniform(0, t.due_days))
                if done
                else None,
                "mandatory": t.mandatory,
                "notes": "",
            }
        )
    if not deal.closed and rng.random() < 0.5:
        tasks.append(
            {
                "title": "Follow-up call",
                "kind": TaskKind.CALL,
                "opportunity_id": opp["id"],
                "stage_id": deal.stage.id,
                "template_id": None,
                "lead_id": None,
                "contact_id": contact_id,
                "assignee_id": owner,
                "due_at": demo.today + timedelta(days=rng.randint(-5, 14), hours=rng.randint(0, 8)),
                "done_at": None,
                "mandatory": False,
                "notes": "",
            }
        )
    return tasks


def deal_activity(demo: Demo, deal: Deal) -> Row | None:
    """The touch that moved a deal on, or (sometimes) one that didn't."""
    rng, opp = demo.rng, deal.row
    if not (deal.progressed > deal.entered or rng.random() < 0.4):
        return None
    kind = rng.choice(TOUCHES)
    return {
        "kind": kind,
        "status": ActivityStatus.DONE,
        "direction": Direction.OUTBOUND if rng.random() < 0.8 else Direction.INBOUND,
        "outcome": rng.choice(list(CallOutcome)) if kind == ActivityKind.CALL else None,
        "subject": SUBJECTS[kind] + f" about {rng.choice(PRODUCTS)}",
        "started_at": deal.progressed,
        "duration_seconds": rng.choice(DURATIONS[kind]),
        "location": "",
        "notes": "",
        "user_id": opp["owner_id"],
        "contact_id": opp["contact_id"],
        "account_id": opp["account_id"],
        "opportunity_id": opp["id"],
        "lead_id": None,
    }


def todays_meetings(demo: Demo, opportunities: list[Row]) -> list[Row]:
    """A few meetings on today's calendar for the current user."""
    return [
        {
            "kind": ActivityKind.MEETING,
            "status": ActivityStatus.PLANNED,
            "direction": Direction.OUTBOUND,
            "outcome": None,
            "subject": f"Meeting: {opp['title']}",
            "started_at": demo.today + timedelta(hours=1 + 2 * i),
            "duration_seconds": 3600,
            "location": "Customer site",
            "notes": "",
            "user_id": demo.me,
            "contact_id": opp["contact_id"],
            "account_id": opp["account_id"],
            "opportunity_id": opp["id"],
            "lead_id": None,
        }
        for i, opp in enumerate(opportunities[:3])
    ]
