"""A team server on PostgreSQL with data in two teams, for the report pages' tests.

North: anna (salesperson, owns a demo company imported into the server), mia (manager).
South: sam (salesperson, a few deals pushed from his laptop), nils (manager). root (admin).
Each module gets its own database (named web_…), dropped at the end. A test module
imports the `*_fixture` functions, which pytest knows by their plain names.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text

from tests.server_fixtures import PASSWORD, PG_SERVER
from workbench.domain.models import Pipeline
from workbench.server import auth, db, schema, seeding
from workbench.server.app import create_app
from workbench.server.identity import Caller
from workbench.services.demo import generate_demo
from workbench.services.opportunities import OpportunityInput, create_opportunity
from workbench.services.setup import open_workbench
from workbench.services.sync.engine import SyncEngine
from workbench.store.db import Database

BASE = "https://testserver"  # https, so the test client sends the Secure cookie
SOUTH_TITLES = ("Southern harbour cranes", "Southern rail sidings", "Southern ferry refit")


@dataclass
class Site:
    url: str
    engine: Engine
    ids: dict[str, uuid.UUID]
    teams: dict[str, uuid.UUID]
    south_deals: list[uuid.UUID] = field(default_factory=list)
    sam: Database | None = None
    sam_sync: SyncEngine | None = None

    def caller(self, name: str) -> Caller:
        role = {"mia": "manager", "nils": "manager", "root": "admin"}.get(name, "salesperson")
        team = (
            None if name == "root" else self.teams["South" if name in ("sam", "nils") else "North"]
        )
        return Caller(self.ids[name], name, role, team, uuid.uuid4(), "T1", "test")  # type: ignore[arg-type]


def _admin():  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5)


@pytest.fixture(scope="module", name="web_database")
def web_database_fixture() -> Iterator[str]:
    if os.environ.get("WORKBENCH_NO_POSTGRES") == "1":
        pytest.skip("WORKBENCH_NO_POSTGRES=1: PostgreSQL tests skipped on request")
    name = f"web_test_{os.getpid()}_{secrets.token_hex(4)}"
    with _admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with _admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module", name="demo_file")
def demo_file_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web-demo") / "demo.sqlite"
    laptop = open_workbench(path).db
    try:
        generate_demo(laptop, 120, 11)
    finally:
        laptop.close()
    return path


def build_site(url: str, demo: Path, tmp: Path) -> Site:
    engine = db.make_server_engine(url)
    db.migrate(engine)
    teams = {t: auth.create_team(engine, t) for t in ("North", "South")}
    ids = {}
    for name, team, role in [
        ("anna", "North", "salesperson"),
        ("mia", "North", "manager"),
        ("sam", "South", "salesperson"),
        ("nils", "South", "manager"),
        ("root", None, "admin"),
    ]:
        ids[name] = auth.create_user(engine, name, PASSWORD, team, role)
    seeding.import_database(engine, demo, "anna")
    site = Site(url, engine, ids, teams)
    site.sam = open_workbench(tmp / "sam.sqlite").db
    site.sam_sync = SyncEngine(site.sam, client=TestClient(create_app(engine)))
    site.sam_sync.login("http://testserver", "sam", PASSWORD, "sam-laptop")
    site.sam_sync.sync()
    with site.sam.read() as s:
        pipeline = s.scalars(select(Pipeline.id).order_by(Pipeline.position)).first()
    assert pipeline is not None
    for n, title in enumerate(SOUTH_TITLES):
        data = OpportunityInput(
            title=title,
            pipeline_id=pipeline,
            amount=Decimal(100_000 + n * 1000),
            currency="EUR",
            expected_close=date.today(),
        )
        site.south_deals.append(create_opportunity(site.sam, data))
    assert not site.sam_sync.sync().refused
    return site


def reset(engine: Engine) -> None:
    names = ", ".join(t.name for t in schema.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS wb_report CASCADE"))
        conn.execute(text(f"TRUNCATE {names} CASCADE"))
        conn.execute(schema.counter.insert().values(name="seq", value=0))


@pytest.fixture(name="site")
def site_fixture(web_database: str, demo_file: Path, tmp_path: Path) -> Iterator[Site]:
    engine = db.make_server_engine(web_database)
    db.migrate(engine)
    reset(engine)
    engine.dispose()
    built = build_site(web_database, demo_file, tmp_path)
    try:
        yield built
    finally:
        if built.sam is not None:
            built.sam.close()
        built.engine.dispose()


def signed_in(site: Site, name: str) -> TestClient:
    client = TestClient(create_app(site.engine), base_url=BASE)
    r = client.post(
        "/reports/sign-in",
        content=f"user={name}&password={PASSWORD.replace(' ', '+')}&next=/reports",
        headers={"content-type": "application/x-www-form-urlencoded", "origin": BASE},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return client
