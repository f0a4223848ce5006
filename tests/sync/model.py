"""A whole team for sync tests that need to break things: a server that can be restarted,
laptops whose connection can be cut at chosen moments, every push and its answer on
record, and the views the server says each person should have.

Used by the property-based convergence test and the authorization tests; the plain
walk-through uses the simpler fixtures of conftest.py.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from tests.server_fixtures import PASSWORD
from workbench.domain.meta import OutboxEntry
from workbench.domain.sync import RefusedChange, SyncFailure
from workbench.server import auth, db, schema
from workbench.server.app import create_app
from workbench.server.identity import Caller
from workbench.server.visibility import visible_clause
from workbench.services.setup import open_workbench
from workbench.services.sync.engine import SyncEngine
from workbench.store.db import Database
from workbench.sync.codec import BadValue, encode, synced_tables
from workbench.sync.protocol import PROTOCOL_VERSION

SERVER = "http://testserver"

#: name -> (team, role, department)
PEOPLE: dict[str, tuple[str | None, str, str]] = {
    "anna": ("North", "salesperson", "Sales"),
    "ben": ("North", "salesperson", "Sales"),
    "mia": ("North", "manager", "Sales"),
    "ivo": ("North", "salesperson", "Analysis"),
    "sam": ("South", "salesperson", "Sales"),
    "root": (None, "admin", "IT"),
}


def reset_server(engine: Engine) -> None:
    """Empty every server table (either backend) and restart the sequence at zero."""
    with engine.begin() as conn:
        for table in reversed(schema.metadata.sorted_tables):
            conn.execute(table.delete())
        conn.execute(schema.counter.insert().values(name="seq", value=0))


def make_people(engine: Engine) -> dict[str, uuid.UUID]:
    auth.create_team(engine, "North")
    auth.create_team(engine, "South")
    return {
        name: auth.create_user(engine, name, PASSWORD, team, role, dept)
        for name, (team, role, dept) in PEOPLE.items()
    }


def laptop_template(folder: Path) -> Path:
    """A freshly made Workbench database, to copy for each laptop (making one takes half a
    second; a copy with its node id removed is a new device with the same seeded data)."""
    path = folder / "template.sqlite"
    open_workbench(path).db.close()
    return path


def new_laptop_file(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("DELETE FROM workbench_meta WHERE key = 'node_id'")
    conn.close()
    return target


@dataclass
class Push:
    """One push request that reached the server, with the answer it gave."""

    laptop: str
    token: str
    body: dict[str, Any]
    status: int
    answer: dict[str, Any]


class Server:
    """The real app on a real database; `restart` drops the app and its connection pool
    and starts a new one on the same database, as a redeploy or a crash would."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.url = url
        self.engine = engine
        self._own_engines: list[Engine] = []
        self.client = TestClient(create_app(engine))
        self.client.__enter__()
        self.pushes: list[Push] = []

    def restart(self) -> None:
        self.client.__exit__(None, None, None)
        engine = db.make_server_engine(self.url)
        self._own_engines.append(engine)
        self.engine.dispose()
        self.engine = engine
        self.client = TestClient(create_app(engine))
        self.client.__enter__()

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        for engine in self._own_engines:
            engine.dispose()

    def seq(self) -> int:
        return db.current_seq(self.engine)

    def rows(self) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
        return server_rows(self.engine)


def server_rows(engine: Engine) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    """Every row the server holds, with its per-field stamps and its sequence."""
    r = schema.row.c
    with engine.connect() as conn:
        return {
            (t, i): {"data": d, "fields": f, "seq": s}
            for t, i, d, f, s in conn.execute(
                select(r.table_name, r.row_id, r.data, r.fields, r.seq)
            )
        }


class Wire(httpx.Client):
    """A laptop's connection to the server, which the test can cut: after the server
    handled a push (the answer is lost), or after some pull pages."""

    def __init__(self, server: Server, laptop: str) -> None:
        super().__init__()
        self.server = server
        self.laptop = laptop
        self.cut_push = False
        self.cut_pull_after: int | None = None
        self.cuts = 0

    def request(self, method: str, url: Any, **kwargs: Any) -> httpx.Response:  # type: ignore[override]
        path = str(url)
        if "/v1/pull" in path and self.cut_pull_after is not None:
            if self.cut_pull_after <= 0:
                self.cut_pull_after = None
                self.cuts += 1
                raise httpx.ReadError("connection reset by peer")
            self.cut_pull_after -= 1
        response = self.server.client.request(method, url, **kwargs)
        if "/v1/push" in path:
            token = str(kwargs.get("headers", {}).get("Authorization", "")).removeprefix("Bearer ")
            body = json.loads(kwargs["content"])
            answer = (
                response.json()
                if response.headers.get("content-type", "").startswith("application/json")
                else {}
            )
            self.server.pushes.append(Push(self.laptop, token, body, response.status_code, answer))
            if self.cut_push:
                self.cut_push = False
                self.cuts += 1
                raise httpx.ReadError("connection reset by peer")
        return response


@dataclass
class Laptop:
    name: str
    path: Path
    db: Database
    wire: Wire
    engine: SyncEngine
    backups: list[Path] = field(default_factory=list)

    def sync(self) -> Any:
        return self.engine.sync()

    def reopen(self) -> None:
        self.db.close()
        self.db = open_workbench(self.path).db
        self.engine = SyncEngine(self.db, client=self.wire)

    def outbox(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)

    def failures(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(SyncFailure)) or 0)

    def refused(self) -> list[RefusedChange]:
        with self.db.read() as s:
            return list(s.scalars(select(RefusedChange)))


def make_laptop(server: Server, template: Path, folder: Path, name: str) -> Laptop:
    path = new_laptop_file(template, folder / f"{name}.sqlite")
    database = open_workbench(path).db
    wire = Wire(server, name)
    machine = Laptop(name, path, database, wire, SyncEngine(database, client=wire))
    machine.engine.login(SERVER, name, PASSWORD, f"{name}-laptop")
    return machine


# -- views -------------------------------------------------------------------------------


def _normal(table: str, data: dict[str, Any]) -> dict[str, Any]:
    """A row's synced columns as JSON values, read the way the laptop reads them."""
    spec = synced_tables()[table]
    out: dict[str, Any] = {}
    for name, column in spec.columns.items():
        value = data.get(name)
        try:
            out[name] = encode(spec.decode_row({name: value})[name]) if value is not None else None
        except BadValue:
            out[name] = ("undecodable", value)
        del column
    return out


def replica(database: Database) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    """Every synced row on a laptop, tombstones included."""
    found: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    with database.read_engine.connect() as conn:
        for name, spec in synced_tables().items():
            for row in conn.execute(select(spec.table)):
                data = {c: encode(getattr(row, c)) for c in spec.columns}
                found[(name, row.id)] = _normal(name, data)
    return found


def caller_for(engine: Engine, user_id: uuid.UUID) -> Caller:
    record = auth.get_user(engine, user_id)
    return Caller(
        user_id=record.id,
        name=record.name,
        role=record.role,  # type: ignore[arg-type]
        team_id=record.team_id,
        device_id=uuid.uuid4(),
        device_code="X",
        node="x",
    )


def server_view(engine: Engine, user_id: uuid.UUID) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    """What the server says this person may see, as their laptop should hold it."""
    r = schema.row.c
    caller = caller_for(engine, user_id)
    tables = synced_tables()
    with engine.connect() as conn:
        rows = conn.execute(
            select(r.table_name, r.row_id, r.data).where(visible_clause(caller))
        ).all()
    return {(t, i): _normal(t, d) for t, i, d in rows if t in tables}


def differences(
    have: dict[tuple[str, uuid.UUID], dict[str, Any]],
    want: dict[tuple[str, uuid.UUID], dict[str, Any]],
    ignore: frozenset[str] = frozenset(),
) -> list[str]:
    problems = []
    for key in sorted(set(have) | set(want), key=str):
        if key not in want:
            problems.append(f"{key[0]} {key[1]} is on the laptop but not in the view")
        elif key not in have:
            problems.append(f"{key[0]} {key[1]} is missing on the laptop")
        else:
            diff = {
                c: (have[key].get(c), want[key].get(c))
                for c in set(have[key]) | set(want[key])
                if c not in ignore and have[key].get(c) != want[key].get(c)
            }
            if diff:
                problems.append(f"{key[0]} {key[1]} differs (laptop, server): {diff}")
    return problems


def versions() -> dict[str, Any]:
    return {"protocol": PROTOCOL_VERSION, "schema": db.expected_app_schema()}


def applied_fields(pushes: list[Push]) -> Iterator[tuple[Push, dict[str, Any], dict[str, Any]]]:
    """(push, change, result) for every change a server answered `applied`."""
    for push in pushes:
        if push.status != 200:
            continue
        results = {r["id"]: r for r in push.answer.get("results", [])}
        for change in push.body["changes"]:
            result = results.get(change["id"])
            if result is not None and result["status"] == "applied":
                yield push, change, result
