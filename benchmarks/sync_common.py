"""What the sync benchmarks share: a fresh PostgreSQL database, a real `workbench-server
serve` process on a free loopback port, accounts, and a keyring that is not the user's.

Each script creates its database (named wb_bench_…) and drops it at the end, and stops
the server it started, whatever happens in between.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

PG_SERVER = os.environ.get("WORKBENCH_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
PASSWORD = "bench password 1"
ROOT = Path(__file__).resolve().parent


def private_keyring() -> Path:
    """Tokens go to a plain-file keyring in a temporary folder, for this process and the
    ones it starts: a benchmark never touches the user's keyring."""
    home = Path(tempfile.mkdtemp(prefix="wb-bench-keyring-"))
    os.environ["XDG_DATA_HOME"] = str(home)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    return home


def _admin():  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5)


@contextlib.contextmanager
def fresh_database(tag: str) -> Iterator[str]:
    """A new, migrated server database; dropped on the way out."""
    from workbench.server import db

    name = f"wb_bench_{tag}_{os.getpid()}_{secrets.token_hex(3)}"
    with _admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{PG_SERVER}/{name}"
    try:
        engine = db.make_server_engine(url)
        db.migrate(engine)
        engine.dispose()
        yield url
    finally:
        drop_database(name)


def drop_database(name: str) -> None:
    with _admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def kept_database(name: str) -> Iterator[tuple[str, bool]]:
    """The database `name`, kept afterwards (to measure again without importing again):
    yields its URL and whether it existed already; a new one is created and migrated."""
    from workbench.server import db

    with _admin() as admin:
        existed = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not existed:
            admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{PG_SERVER}/{name}"
    if not existed:
        engine = db.make_server_engine(url)
        db.migrate(engine)
        engine.dispose()
    yield url, bool(existed)


#: base URL -> the process id of the server running_server started there
SERVER_PIDS: dict[str, int] = {}


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def running_server(url: str, workers: int = 1) -> Iterator[str]:
    """`workbench-server serve` in its own process; yields its base URL once /v1/health
    answers, and stops it (SIGTERM, then SIGKILL) on the way out."""
    port = free_port()
    log = tempfile.NamedTemporaryFile(  # noqa: SIM115  (closed in the finally below)
        prefix="wb-bench-server-", suffix=".log", delete=False
    )
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "workbench.server.cli", "--database", url, "serve",
            "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        ],
        stdout=log, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    SERVER_PIDS[base] = proc.pid
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server stopped at start: see {log.name}")
            try:
                if httpx.get(base + "/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer in 30 s: see {log.name}")
            time.sleep(0.1)
        yield base
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()
        with contextlib.suppress(OSError):
            os.unlink(log.name)


@dataclass
class Accounts:
    url: str
    teams: dict[str, object]
    users: dict[str, object]


def make_accounts(url: str, people: list[tuple[str, str | None, str]]) -> dict[str, object]:
    """(name, team, role) -> id; teams are created as named. Password PASSWORD."""
    from workbench.server import auth, db

    engine = db.make_server_engine(url)
    try:
        for team in sorted({t for _, t, _ in people if t}):
            auth.create_team(engine, team)
        return {n: auth.create_user(engine, n, PASSWORD, t, r) for n, t, r in people}
    finally:
        engine.dispose()


def median_spread(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def emit(name: str, value: float, unit: str) -> None:
    text = f"{value:.0f}" if abs(value) >= 1000 or unit == "rows" else f"{value:.3g}"
    if unit not in ("rows", "count") and abs(value) < 1000:
        text = f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 10 else f"{value:.1f}"
    print(f"{name} {text} {unit}", flush=True)
