"""Who is calling: resolved from the bearer token by server/auth.py, used by every rule."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

ServerRole = Literal["salesperson", "manager", "admin"]
ROLES: tuple[ServerRole, ...] = ("salesperson", "manager", "admin")


@dataclass(frozen=True)
class Caller:
    user_id: uuid.UUID
    name: str
    role: ServerRole
    team_id: uuid.UUID | None
    device_id: uuid.UUID
    device_code: str
    node: str
    # The device's bookkeeping as authentication read it (server/auth.py, note_sync).
    last_sync_at: datetime | None = field(default=None, compare=False)
    app_schema: str = field(default="", compare=False)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_manager(self) -> bool:
        return self.role in ("manager", "admin")
