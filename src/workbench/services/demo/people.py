"""The sales team: two teams and their staff, by role."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from workbench.domain.enums import Role
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.words import STAFF


@dataclass(frozen=True)
class Staff:
    teams: list[Row]
    users: list[Row]
    account_executives: list[uuid.UUID]  # with the current user, who owns deals too
    sdrs: list[uuid.UUID]  # with the current user
    by_role: dict[Role, uuid.UUID]  # the first user of each role, for task templates


def make_staff(demo: Demo) -> Staff:
    team_north, team_south = demo.uid(), demo.uid()
    users: list[Row] = []
    for i, (name, role, dept) in enumerate(STAFF):
        users.append(
            {
                "id": demo.uid(),
                "name": name,
                "role": role,
                "department": dept,
                "email": name.lower().replace(" ", ".").replace("ü", "ue").replace("ß", "ss")
                + "@example.com",
                "team_id": team_north if i % 2 == 0 else team_south,
                "active": True,
                "phone": "",
            }
        )
    manager = users[0]["id"]
    teams = [
        {"id": team_north, "name": "Team North", "manager_id": manager},
        {"id": team_south, "name": "Team South", "manager_id": manager},
    ]
    by_role: dict[Role, uuid.UUID] = {}
    for u in users:
        by_role.setdefault(u["role"], u["id"])
    return Staff(
        teams=teams,
        users=users,
        account_executives=[u["id"] for u in users if u["role"] == Role.ACCOUNT_EXECUTIVE]
        + [demo.me],
        sdrs=[u["id"] for u in users if u["role"] == Role.SDR] + [demo.me],
        by_role=by_role,
    )
