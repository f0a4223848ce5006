"""Push and pull: merging pushed changes per field and serving each caller's view."""

from __future__ import annotations

from sqlalchemy import Engine

from workbench.server.api_models import PullResponse, PushRequest, PushResponse
from workbench.server.identity import Caller


def push(engine: Engine, caller: Caller, request: PushRequest) -> PushResponse:
    raise NotImplementedError


def pull(engine: Engine, caller: Caller, cursor: int, limit: int) -> PullResponse:
    raise NotImplementedError
