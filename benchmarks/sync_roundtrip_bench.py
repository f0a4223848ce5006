"""Sync latency and throughput against one real `workbench-server serve` process on a fresh
PostgreSQL database.

Usage: python benchmarks/sync_roundtrip_bench.py [--rounds 20] [--ingest 20000] [--clients 4]

Prints `name value unit`:

  roundtrip_ms         median over the rounds: laptop A's 10 edits of a deal it shares with
                       B (made through the services, not timed) -> A.sync() -> B.sync() ->
                       B's database shows all 10 (spread on stderr)
  health_ms            the floor: median loopback GET /v1/health
  roundtrip_ratio      roundtrip_ms / health_ms
  drain_10k_s          10,000 tasks made offline on A (UnitOfWork.bulk_insert) -> A.sync()
                       pushes them all (and pulls what is new, as every sync does)
  server_ingest_per_s  new rows the server accepts per second: pre-built pushes of 500
                       inserts sent straight over HTTP, sequentially from one client
  server_ingest_concurrent_per_s  the same with --clients clients at once (own devices)
  ingest_floor_per_s   raw psycopg executemany INSERT of the same rows (id, JSON document)
                       into a scratch table, one transaction per 500
  server_ingest_ratio  ingest_floor_per_s / server_ingest_per_s
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from sync_common import (
    PASSWORD,
    emit,
    fresh_database,
    make_accounts,
    median_spread,
    private_keyring,
    running_server,
)


def laptop(folder: Path, name: str, base: str) -> Any:
    from workbench.services.setup import open_workbench
    from workbench.services.sync.engine import SyncEngine

    db = open_workbench(folder / f"{name}.sqlite").db
    engine = SyncEngine(db)
    engine.login(base, name, PASSWORD, f"{name}-laptop")
    engine.sync()
    return db, engine


def edit(db: Any, deal: uuid.UUID, **changes: Any) -> None:
    from workbench.domain.sales import Opportunity
    from workbench.services.opportunities import OpportunityInput, update_opportunity

    with db.read() as s:
        opp = s.get(Opportunity, deal)
        data = OpportunityInput(
            title=opp.title, pipeline_id=opp.pipeline_id, stage_id=opp.stage_id,
            account_id=opp.account_id, contact_id=opp.contact_id, amount=opp.value.amount,
            currency=opp.currency, expected_close=opp.expected_close, owner_id=opp.owner_id,
            notes=opp.notes,
        )  # fmt: skip
    update_opportunity(db, deal, replace(data, **changes))


def roundtrips(base: str, folder: Path, rounds: int, ids: dict[str, Any]) -> list[float]:
    from sqlalchemy import select

    from workbench.domain.pipeline import Pipeline
    from workbench.domain.sales import Opportunity
    from workbench.services.accounts import AccountInput, create_account
    from workbench.services.opportunities import OpportunityInput, create_opportunity
    from workbench.services.sharing import share_opportunity

    a_db, a = laptop(folder, "ann", base)
    b_db, b = laptop(folder, "ben", base)
    with a_db.read() as s:
        pipeline = s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()
    account = create_account(a_db, AccountInput(name="Harbour Ltd"))
    deal = create_opportunity(
        a_db, OpportunityInput(title="Harbour cranes", pipeline_id=pipeline,
                               account_id=account, amount=Decimal("1000")),
    )  # fmt: skip
    share_opportunity(a_db, deal, ids["ben"])
    a.sync()
    b.sync()
    times = []
    for n in range(rounds):
        # Ten changes: the amount five times and the notes five times, the last values win.
        for k in range(5):
            edit(a_db, deal, amount=Decimal(1000 + n * 10 + k))
            edit(a_db, deal, notes=f"round {n} edit {k}")
        started = time.perf_counter()
        a.sync()
        b.sync()
        with b_db.read() as s:
            opp = s.get(Opportunity, deal)
            ok = opp.notes == f"round {n} edit 4" and opp.value.amount == Decimal(1000 + n * 10 + 4)
        times.append(time.perf_counter() - started)
        if not ok:
            raise SystemExit(f"round {n}: B does not show A's edits after one sync")
    drain = drain_10k(a_db, a)
    a_db.close()
    b_db.close()
    return [*times, drain]


def drain_10k(db: Any, engine: Any) -> float:
    from workbench.domain.sales import Task

    with db.unit_of_work() as uow:
        uow.bulk_insert(Task, [{"title": f"Call back #{i}", "notes": ""} for i in range(10_000)])
    started = time.perf_counter()
    report = engine.sync()
    seconds = time.perf_counter() - started
    if report.pushed != 10_000 or engine.waiting():
        raise SystemExit(f"drain: pushed {report.pushed}, {engine.waiting()} still waiting")
    return seconds


def health_ms(base: str, n: int = 50) -> float:
    with httpx.Client() as client:
        client.get(base + "/v1/health")
        times = []
        for _ in range(n):
            started = time.perf_counter()
            client.get(base + "/v1/health").raise_for_status()
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def sign_in(base: str, user: str, node: str) -> str:
    from workbench.store.migrate import head_revision
    from workbench.sync.protocol import PROTOCOL_VERSION

    answer = httpx.post(
        base + "/v1/login",
        json={"protocol": PROTOCOL_VERSION, "schema": head_revision(), "user": user,
              "password": PASSWORD, "device_name": node, "node": node},
        timeout=30,
    )  # fmt: skip
    answer.raise_for_status()
    return str(answer.json()["token"])


def build_batches(count: int, node: str) -> list[list[dict[str, Any]]]:
    """New call records (activity rows outside a deal) as a laptop would push them."""
    from workbench.domain.base import utcnow
    from workbench.domain.enums import ActivityKind
    from workbench.store.hlc import HybridLogicalClock
    from workbench.sync.codec import encode, synced_tables

    spec = synced_tables()["activity"]
    clock = HybridLogicalClock(node)
    now = utcnow()
    template = {
        name: encode(column.default.arg if column.default is not None and
                     column.default.is_scalar else None)
        for name, column in spec.columns.items()
    }  # fmt: skip
    when = now.isoformat()
    template.update(kind=ActivityKind.CALL.value, started_at=when, created_at=when,
                    updated_at=when, deleted=False)  # fmt: skip
    changes = []
    for i in range(count):
        row = uuid.uuid4()
        stamp = clock.now()
        values = {**template, "subject": f"Call {i}", "notes": f"Talked about order {i}"}
        fields = {k: [v, stamp] for k, v in values.items() if k not in ("id", "stamp")}
        changes.append({"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{node}/{row}")),
                        "table": "activity", "row": str(row), "insert": True, "base": 0,
                        "fields": fields})  # fmt: skip
    return [changes[i : i + 500] for i in range(0, len(changes), 500)]


def push_all(base: str, token: str, batches: list[list[dict[str, Any]]]) -> None:
    from workbench.store.migrate import head_revision
    from workbench.sync.protocol import PROTOCOL_VERSION

    with httpx.Client(timeout=120) as client:
        for batch in batches:
            body = json.dumps({"protocol": PROTOCOL_VERSION, "schema": head_revision(),
                               "changes": batch})  # fmt: skip
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            answer = client.post(base + "/v1/push", content=body, headers=headers)
            answer.raise_for_status()
            bad = [r for r in answer.json()["results"] if r["status"] != "applied"]
            if bad:
                raise SystemExit(f"ingest: {len(bad)} changes not applied, e.g. {bad[0]}")


def ingest(base: str, url: str, count: int, clients: int) -> tuple[float, float, float]:
    tokens = [sign_in(base, "ingest", f"ingest{i:02d}") for i in range(clients)]
    batches = build_batches(count, "ingest00")
    started = time.perf_counter()
    push_all(base, tokens[0], batches)
    sequential = count / (time.perf_counter() - started)

    per_client = [build_batches(count // clients, f"ingest{i:02d}") for i in range(clients)]
    threads = [threading.Thread(target=push_all, args=(base, tokens[i], per_client[i]))
               for i in range(clients)]  # fmt: skip
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    concurrent = (count // clients * clients) / (time.perf_counter() - started)

    import psycopg

    rows = [(c["row"], json.dumps({k: v for k, (v, _s) in c["fields"].items()}))
            for batch in batches for c in batch]  # fmt: skip
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TEMP TABLE scratch (row_id uuid PRIMARY KEY, data jsonb)")
        conn.commit()
        started = time.perf_counter()
        for i in range(0, len(rows), 500):
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO scratch VALUES (%s, %s)", rows[i : i + 500])
            conn.commit()
        floor = len(rows) / (time.perf_counter() - started)
    return sequential, concurrent, floor


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--ingest", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    private_keyring()
    with fresh_database("roundtrip") as url, running_server(url) as base:
        ids = make_accounts(url, [("ann", "North", "salesperson"),
                                  ("ben", "North", "salesperson"),
                                  ("ingest", "South", "salesperson")])  # fmt: skip
        with tempfile.TemporaryDirectory() as folder:
            *times, drain = roundtrips(base, Path(folder), args.rounds, ids)
        floor_ms = health_ms(base)
        sequential, concurrent, ingest_floor = ingest(base, url, args.ingest, args.clients)
    med, low, high = median_spread([t * 1000 for t in times])
    print(f"# roundtrip_ms spread {low:.0f}-{high:.0f} ms over {len(times)} rounds",
          file=sys.stderr)  # fmt: skip
    emit("roundtrip_ms", med, "ms")
    emit("health_ms", floor_ms, "ms")
    emit("roundtrip_ratio", med / floor_ms, "x")
    emit("drain_10k_s", drain, "s")
    emit("server_ingest_per_s", sequential, "changes/s")
    emit("server_ingest_concurrent_per_s", concurrent, "changes/s")
    emit("ingest_floor_per_s", ingest_floor, "rows/s")
    emit("server_ingest_ratio", ingest_floor / sequential, "x")


if __name__ == "__main__":
    main()
