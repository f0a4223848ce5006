"""A team on a real sync server (PostgreSQL and SQLite), and laptops that sync with it.

The server is the real FastAPI app, reached through httpx's in-process ASGI transport
(fastapi's TestClient): the engine's HTTP code, the app's routes, validation and
database are all the real ones; only the socket is left out. Tests that need a socket
start `workbench-server serve` themselves.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from tests.server_fixtures import PASSWORD
from workbench.domain.sales import Opportunity
from workbench.server import auth
from workbench.server.app import create_app
from workbench.services.setup import open_workbench
from workbench.services.sync.engine import SyncEngine
from workbench.store.db import Database

SERVER = "http://testserver"


@dataclass
class Team:
    engine: Engine
    client: TestClient
    ids: dict[str, uuid.UUID]


@pytest.fixture
def team(server_engine: Engine) -> Iterator[Team]:
    """North: anna and ben (salespeople), mia (their manager), ivo (an analyst);
    South: sam (salesperson), and root (admin). Password PASSWORD for all."""
    ids = {}
    auth.create_team(server_engine, "North")
    auth.create_team(server_engine, "South")
    for name, team_name, role, department in [
        ("anna", "North", "salesperson", "Sales"),
        ("ben", "North", "salesperson", "Sales"),
        ("mia", "North", "manager", "Sales"),
        ("ivo", "North", "salesperson", "Analysis"),
        ("sam", "South", "salesperson", "Sales"),
        ("root", None, "admin", "IT"),
    ]:
        ids[name] = auth.create_user(server_engine, name, PASSWORD, team_name, role, department)
    with TestClient(create_app(server_engine)) as client:
        yield Team(server_engine, client, ids)


@dataclass
class Laptop:
    name: str
    db: Database
    sync_engine: SyncEngine

    def login(self, user: str | None = None) -> dict[str, Any]:
        return self.sync_engine.login(SERVER, user or self.name, PASSWORD, f"{self.name}-laptop")

    def sync(self) -> Any:
        return self.sync_engine.sync()

    def deal(self, deal_id: uuid.UUID) -> Opportunity | None:
        with self.db.read() as s:
            return s.get(Opportunity, deal_id)

    def deal_ids(self) -> set[uuid.UUID]:
        with self.db.read() as s:
            return set(s.scalars(select(Opportunity.id).where(Opportunity.deleted.is_(False))))


@pytest.fixture
def laptop(team: Team, tmp_path: Path) -> Iterator[Any]:
    made: list[Laptop] = []

    def make(name: str) -> Laptop:
        db = open_workbench(tmp_path / f"{name}.sqlite").db
        machine = Laptop(name, db, SyncEngine(db, client=team.client))
        made.append(machine)
        return machine

    yield make
    for machine in made:
        machine.db.close()
