"""The wire format of the sync API (docs/sync.md), as pydantic models: FastAPI validates
every body against them and publishes them in the OpenAPI description."""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from workbench.sync.protocol import MAX_BATCH, PROTOCOL_VERSION

# Names and labels: no control characters (PostgreSQL can't store NUL in text).
_NO_CONTROL = r"^[^\x00-\x1f\x7f]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Versions(_Strict):
    protocol: int = Field(PROTOCOL_VERSION, description="Sync protocol version of the client")
    schema_: str = Field(
        alias="schema", min_length=1, max_length=40, description="Client database schema head"
    )


class LoginRequest(Versions):
    user: str = Field(min_length=1, max_length=120, pattern=_NO_CONTROL)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field("", max_length=120, pattern=_NO_CONTROL)
    node: str = Field(
        min_length=1, max_length=40, pattern=r"^[0-9A-Za-z_]+$", description="HLC node id"
    )


class UserInfo(BaseModel):
    id: uuid.UUID
    name: str
    role: Literal["salesperson", "manager", "admin"]
    team_id: uuid.UUID | None
    team_name: str | None
    department: str


class LoginResponse(BaseModel):
    token: str
    device_id: uuid.UUID
    device_code: str
    expires_at: str
    user: UserInfo
    server_seq: int = Field(description="The server's sequence number now")


class Change(_Strict):
    id: uuid.UUID = Field(description="Client-generated change id; a replay is a no-op")
    table: str = Field(min_length=1, max_length=60, pattern=r"^[a-z_]{1,60}$")
    row: uuid.UUID
    insert: bool = Field(False, description="The row was created on the client")
    base: int = Field(
        ge=0,
        le=2**63 - 1,
        description="Server sequence the client had pulled when it made the change",
    )
    # field -> [value, stamp]
    fields: dict[str, tuple[Any, str]] = Field(max_length=200)


class PushRequest(Versions):
    changes: list[Change] = Field(max_length=MAX_BATCH)


class ChangeResult(BaseModel):
    id: uuid.UUID
    status: Literal["applied", "duplicate", "refused"]
    reason: str = ""
    seq: int | None = None
    # Values the server chose instead of the client's (an offer number made unique);
    # field -> [value, stamp].
    rewrites: dict[str, tuple[Any, str]] = {}
    # The row as the server holds it, for a refused change the client must undo.
    current: dict[str, Any] | None = None


class PushResponse(BaseModel):
    results: list[ChangeResult]
    server_seq: int


class PulledChange(BaseModel):
    seq: int
    table: str
    row: uuid.UUID
    op: Literal["put", "remove"]
    data: dict[str, Any] | None = None


class PullResponse(BaseModel):
    changes: list[PulledChange]
    cursor: int = Field(description="Pass this back as `cursor` for the next page")
    more: bool
    remaining: int = Field(description="Changes still to come after this page (estimate)")
    server_seq: int


class WaitResponse(BaseModel):
    changed: bool = Field(description="Something this person may see changed after the cursor")
    server_seq: int


class Problem(BaseModel):
    """Every refusal: a machine-readable code and a sentence for the person."""

    error: str
    message: str
