"""Many laptops syncing at once against ONE `workbench-server serve` process on PostgreSQL.

Usage: python benchmarks/sync_load_bench.py [--clients 100] [--duration 60] [--think 0.2]

Setup (not timed): a fresh database with 2 teams of 10 people (a manager and 9 salespeople
each); every simulated client signs in as its own device of one of the 20 people (5 devices
each). Timed: for --duration seconds each client, in a loop, pushes a small batch (1 to 10
changes: mostly new call records, some edits of records this device made before) then pulls
until the server has nothing more for it, then waits --think seconds on average (random,
exponential). The clients are asyncio tasks with one httpx.AsyncClient each, in this process
(on the same machine as the server and PostgreSQL: they share its CPUs).

Afterwards (not timed) every client pulls once more, and the run is checked:
  lost_changes   changes answered `applied` whose value the server does not hold (must be 0)
  missing_rows   rows a client may see (the server's own visibility rule, in SQL) that its
                 pulls did not bring, or brought with other data (must be 0)
Prints `name value unit`: requests_per_s, changes_per_s, push/pull p50/p95/p99 latency,
errors (must be 0), lost_changes, missing_rows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from sync_common import (
    PASSWORD,
    emit,
    fresh_database,
    make_accounts,
    private_keyring,
    running_server,
)


@dataclass
class Client:
    name: str
    user: str
    token: str
    node: str
    rng: random.Random
    clock: Any
    cursor: int = 0
    mine: list[str] = field(default_factory=list)  # rows this device made
    applied: dict[str, dict[str, Any]] = field(default_factory=dict)  # row -> field -> value
    seen: dict[tuple[str, str], Any] = field(default_factory=dict)  # pulled rows


@dataclass
class Stats:
    latency: dict[str, list[float]] = field(default_factory=lambda: {"push": [], "pull": []})
    errors: list[str] = field(default_factory=list)
    changes: int = 0


def versions() -> dict[str, Any]:
    from workbench.store.migrate import head_revision
    from workbench.sync.protocol import PROTOCOL_VERSION

    return {"protocol": PROTOCOL_VERSION, "schema": head_revision()}


def new_call(client: Client, now: str) -> dict[str, Any]:
    row = str(uuid.UUID(int=client.rng.getrandbits(128)))
    stamp = client.clock.now()
    values = {
        "kind": "call", "status": "done", "direction": "outbound", "outcome": None,
        "subject": f"Call from {client.name}", "started_at": now, "duration_seconds": 60,
        "location": "", "notes": f"first note {stamp}", "user_id": None, "contact_id": None,
        "account_id": None, "opportunity_id": None, "lead_id": None, "deleted": False,
        "created_at": now, "updated_at": now,
    }  # fmt: skip
    client.mine.append(row)
    return {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{client.node}/{row}/{stamp}")),
            "table": "activity", "row": row, "insert": True, "base": client.cursor,
            "fields": {k: [v, stamp] for k, v in values.items()}}  # fmt: skip


def edit(client: Client, row: str, now: str) -> dict[str, Any]:
    stamp = client.clock.now()
    fields = {"notes": [f"edited {stamp}", stamp], "updated_at": [now, stamp]}
    return {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{client.node}/{row}/{stamp}")),
            "table": "activity", "row": row, "insert": False, "base": client.cursor,
            "fields": fields}  # fmt: skip


async def push(http: httpx.AsyncClient, client: Client, stats: Stats) -> None:
    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    batch: list[dict[str, Any]] = []
    touched: set[str] = set()
    for _ in range(client.rng.randint(1, 10)):
        # One change per row per push, as the laptop's outbox sends them.
        candidates = [r for r in client.mine[-50:] if r in client.applied and r not in touched]
        if candidates and client.rng.random() < 0.3:
            row = client.rng.choice(candidates)
            batch.append(edit(client, row, now))
        else:
            batch.append(new_call(client, now))
        touched.add(batch[-1]["row"])
    started = time.perf_counter()
    answer = await http.post("/v1/push", content=json.dumps({**versions(), "changes": batch}))
    stats.latency["push"].append(time.perf_counter() - started)
    if answer.status_code != 200:
        stats.errors.append(f"push {answer.status_code}: {answer.text[:200]}")
        return
    for change, result in zip(batch, answer.json()["results"], strict=True):
        if result["status"] != "applied":
            stats.errors.append(f"push: {result}")
            continue
        stats.changes += 1
        values = client.applied.setdefault(change["row"], {})
        values.update({k: v for k, (v, _s) in change["fields"].items()})


async def pull(http: httpx.AsyncClient, client: Client, stats: Stats) -> None:
    while True:
        started = time.perf_counter()
        answer = await http.get(
            "/v1/pull", params={**versions(), "cursor": client.cursor, "limit": 2000}
        )
        stats.latency["pull"].append(time.perf_counter() - started)
        if answer.status_code != 200:
            stats.errors.append(f"pull {answer.status_code}: {answer.text[:200]}")
            return
        page = answer.json()
        for c in page["changes"]:
            key = (c["table"], c["row"])
            if c["op"] == "put":
                client.seen[key] = c["data"]
            else:
                client.seen.pop(key, None)
        client.cursor = int(page["cursor"])
        if not page["more"]:
            return


async def run_client(base: str, client: Client, stats: Stats, until: float, think: float) -> None:
    headers = {"Authorization": f"Bearer {client.token}", "Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=120) as http:
        await pull(http, client, stats)  # what there is already, before the clock starts
        await asyncio.sleep(client.rng.random() * max(think, 0.05))
        while time.monotonic() < until:
            try:
                await push(http, client, stats)
                await pull(http, client, stats)
            except httpx.HTTPError as exc:
                stats.errors.append(f"{type(exc).__name__}: {exc}")
            if think:
                await asyncio.sleep(client.rng.expovariate(1 / think))


async def final_pull(base: str, clients: list[Client]) -> Stats:
    stats = Stats()

    async def one(client: Client) -> None:
        headers = {"Authorization": f"Bearer {client.token}"}
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=300) as http:
            await pull(http, client, stats)

    for start in range(0, len(clients), 10):
        await asyncio.gather(*(one(c) for c in clients[start : start + 10]))
    return stats


def check(url: str, clients: list[Client], people: dict[str, Any]) -> tuple[int, int]:
    import psycopg

    lost = missing = 0
    with psycopg.connect(url) as conn:
        rows = {
            str(r[0]): r[1]
            for r in conn.execute("SELECT row_id, data FROM sv_row WHERE table_name='activity'")
        }
        users = {
            name: conn.execute(
                "SELECT id, team_id, role FROM sv_user WHERE name = %s", (name,)
            ).fetchone()
            for name in people
        }
        for client in clients:
            for row, values in client.applied.items():
                data = rows.get(row)
                if data is None or any(data.get(k) != v for k, v in values.items()):
                    lost += 1
            uid, team, role = users[client.user]
            visible = conn.execute(
                "SELECT table_name, row_id::text, data FROM sv_row WHERE kind = 'company' "
                "OR owner_id = %(u)s OR (%(m)s AND team_id = %(t)s AND kind IN "
                "('deal', 'personal'))",
                {"u": uid, "t": team, "m": role == "manager"},
            ).fetchall()
            for table, row, data in visible:
                if client.seen.get((table, row)) != data:
                    missing += 1
    return lost, missing


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=0.2,
                        help="mean pause between a client's syncs, s (0: none)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    private_keyring()
    from workbench.store.hlc import HybridLogicalClock

    people = [(f"{t.lower()}-manager", t, "manager") for t in ("North", "South")] + [
        (f"{t.lower()}-rep{i}", t, "salesperson") for t in ("North", "South") for i in range(9)
    ]
    with fresh_database("load") as url:
        ids = make_accounts(url, people)
        names = [n for n, _, _ in people]
        with running_server(url) as base:
            clients = []
            with httpx.Client(base_url=base, timeout=60) as http:
                for i in range(args.clients):
                    user, node = names[i % len(names)], f"load{i:03d}"
                    body = {**versions(), "user": user, "password": PASSWORD,
                            "device_name": node, "node": node}  # fmt: skip
                    answer = http.post("/v1/login", json=body)
                    answer.raise_for_status()
                    clients.append(Client(node, user, answer.json()["token"], node,
                                          random.Random(args.seed * 1000 + i),
                                          HybridLogicalClock(node)))  # fmt: skip
            stats = Stats()

            async def everyone() -> float:
                until = time.monotonic() + args.duration
                started = time.monotonic()
                await asyncio.gather(
                    *(run_client(base, c, stats, until, args.think) for c in clients)
                )
                return time.monotonic() - started

            elapsed = asyncio.run(everyone())
            final = asyncio.run(final_pull(base, clients))
        lost, missing = check(url, clients, ids)
    requests = sum(len(v) for v in stats.latency.values())
    print(f"# {args.clients} clients of {len(names)} people for {elapsed:.1f} s, think "
          f"{args.think} s; {requests} requests, {stats.changes} changes",
          file=sys.stderr)  # fmt: skip
    for e in (stats.errors + final.errors)[:5]:
        print(f"# error: {e}", file=sys.stderr)
    emit("requests_per_s", requests / elapsed, "req/s")
    emit("changes_per_s", stats.changes / elapsed, "changes/s")
    for kind, values in stats.latency.items():
        ms = [v * 1000 for v in values]
        for p in (50, 95, 99):
            emit(f"{kind}_p{p}_ms", percentile(ms, p), "ms")
        print(f"# {kind}: {len(ms)} requests, mean {statistics.mean(ms):.0f} ms, "
              f"max {max(ms):.0f} ms", file=sys.stderr)  # fmt: skip
    emit("errors", len(stats.errors) + len(final.errors), "count")
    emit("lost_changes", lost, "count")
    emit("missing_rows", missing, "count")


if __name__ == "__main__":
    main()
