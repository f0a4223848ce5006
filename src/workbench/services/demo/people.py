"""The sales organisation: three teams, each with its manager, account executives and SDRs,
and the supporting staff; one account executive changed teams during the year."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from workbench.domain.enums import Role
from workbench.services.demo.context import Demo, Row, mail_name
from workbench.services.demo.words import MOVER, STAFF, TEAMS


@dataclass(frozen=True)
class Move:
    """A rep who changed teams: their open deals stayed with the old team's colleagues."""

    user: uuid.UUID
    from_team: uuid.UUID
    at: datetime


@dataclass(frozen=True)
class Staff:
    teams: list[Row]
    users: list[Row]
    account_executives: list[uuid.UUID]  # with the current user, who owns deals too
    sdrs: list[uuid.UUID]  # with the current user
    by_role: dict[Role, uuid.UUID]  # the first user of each role, for task templates
    team_of: dict[uuid.UUID, uuid.UUID]  # each salesperson's team today
    manager_of: dict[uuid.UUID, uuid.UUID]  # each team's manager
    move: Move

    def colleagues(self, user: uuid.UUID, team: uuid.UUID | None = None) -> list[uuid.UUID]:
        """The other account executives of `team` (default: the user's own)."""
        team = team or self.team_of.get(user)
        return [u for u in self.account_executives if self.team_of.get(u) == team and u != user]


def make_staff(demo: Demo) -> Staff:
    team_ids = [demo.uid() for _ in TEAMS]
    users: list[Row] = []
    for name, role, dept, team in STAFF:
        users.append(
            {
                "id": demo.uid(),
                "name": name,
                "role": role,
                "department": dept,
                "email": mail_name(name) + "@example.com",
                "team_id": None if team is None else team_ids[team],
                "active": True,
                "phone": "",
            }
        )
    managers = {u["team_id"]: u["id"] for u in users if u["role"] == Role.MANAGER}
    teams = [
        {"id": tid, "name": name, "manager_id": managers[tid]}
        for tid, name in zip(team_ids, TEAMS, strict=True)
    ]
    by_role: dict[Role, uuid.UUID] = {}
    for u in users:
        by_role.setdefault(u["role"], u["id"])
    team_of = {u["id"]: u["team_id"] for u in users if u["team_id"] is not None}
    team_of[demo.me] = team_ids[0]
    mover = next(u["id"] for u in users if u["name"] == MOVER)
    move = Move(mover, team_ids[0], demo.today - timedelta(days=150))
    return Staff(
        teams=teams,
        users=users,
        account_executives=[u["id"] for u in users if u["role"] == Role.ACCOUNT_EXECUTIVE]
        + [demo.me],
        sdrs=[u["id"] for u in users if u["role"] == Role.SDR] + [demo.me],
        by_role=by_role,
        team_of=team_of,
        manager_of=managers,
        move=move,
    )
