"""`workbench sync` in real processes against `workbench-server serve` in a real process:
sign-in with the password on standard input, a push cut by killing the server, and the
sync after its restart that loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.server.test_server_cli import _free_port, _server_command
from tests.server_fixtures import PASSWORD, ServerDb
from workbench.domain.meta import OutboxEntry
from workbench.domain.sales import Opportunity
from workbench.server import auth, schema
from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench
from workbench.store.db import Database


@contextmanager
def serving(server_db: ServerDb, port: int) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "WORKBENCH_SERVER_DATABASE": server_db.url}
    proc = subprocess.Popen(
        [*_server_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, "the server stopped while starting"
                assert time.monotonic() < deadline, "the server did not start within 30 s"
                time.sleep(0.1)
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def workbench(
    db: Path, *args: str, stdin: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _count(engine, table: str | None = None) -> int:  # type: ignore[no-untyped-def]
    r = schema.row.c
    query = select(func.count()).select_from(schema.row)
    if table:
        query = query.where(r.table_name == table)
    with engine.connect() as c:
        return int(c.scalar(query) or 0)


def _local(db_path: Path) -> tuple[int, int]:
    db: Database = open_workbench(db_path).db
    try:
        with db.read() as s:
            waiting = s.scalar(select(func.count()).select_from(OutboxEntry))
            deals = s.scalar(select(func.count()).select_from(Opportunity))
        return int(waiting or 0), int(deals or 0)
    finally:
        db.close()


@pytest.mark.slow
def test_sync_from_the_command_line_survives_the_server_killed_mid_push(
    server_db: ServerDb, tmp_path: Path
) -> None:
    auth.create_team(server_db.engine, "North")
    auth.create_user(server_db.engine, "anna", PASSWORD, "North", "salesperson")
    auth.create_user(server_db.engine, "mia", PASSWORD, "North", "manager")
    anna_db, mia_db = tmp_path / "anna.sqlite", tmp_path / "mia.sqlite"
    db = open_workbench(anna_db).db
    generate_demo(db, 600, seed=5)
    db.close()
    _, deals = _local(anna_db)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"

    with serving(server_db, port) as server:
        signed = workbench(
            anna_db, "sync", "login", "--server", url, "--user", "anna", stdin=PASSWORD + "\n"
        )
        assert signed.returncode == 0, signed.stderr
        assert "Signed in to" in signed.stdout and "anna (salesperson, team North)" in signed.stdout
        waiting, _ = _local(anna_db)
        assert waiting > 3000  # several pushes' worth

        sync = subprocess.Popen(
            [sys.executable, "-m", "workbench", "--db", str(anna_db), "sync"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while _count(server_db.engine, "opportunity") == 0:
            assert time.monotonic() < deadline and sync.poll() is None, sync.communicate()
            time.sleep(0.02)
        server.send_signal(signal.SIGKILL)
        server.wait()
        out, err = sync.communicate(timeout=60)
    assert sync.returncode == 5, (out, err)
    assert "can't be reached" in err or "did not answer" in err
    accepted_before = _count(server_db.engine)
    left, _ = _local(anna_db)
    assert 0 < left < waiting  # some batches were acknowledged, the rest kept

    with serving(server_db, port):
        again = workbench(anna_db, "sync")
        assert again.returncode == 0, again.stderr
        assert "Synced in" in again.stdout
        assert _local(anna_db)[0] == 0
        assert _count(server_db.engine, "opportunity") == deals
        assert _count(server_db.engine) > accepted_before

        status = workbench(anna_db, "sync", "status")
        assert status.returncode == 0
        assert f"Server:    {url}" in status.stdout and "Waiting:   0 " in status.stdout

        assert (
            workbench(
                mia_db, "sync", "login", "--server", url, "--user", "mia", stdin=PASSWORD
            ).returncode
            == 0
        )
        pulled = workbench(mia_db, "sync")
        assert pulled.returncode == 0, pulled.stderr
        assert _local(mia_db)[1] == deals  # the manager holds the rep's deals

        out_ = workbench(anna_db, "sync", "logout")
        assert out_.returncode == 0 and "Signed out" in out_.stdout
        refused = workbench(anna_db, "sync")
        assert refused.returncode != 0 and "not signed in" in refused.stderr


def test_a_wrong_password_and_an_unreachable_server_say_so(
    tmp_path: Path, server_db: ServerDb
) -> None:
    auth.create_team(server_db.engine, "North")
    auth.create_user(server_db.engine, "anna", PASSWORD, "North", "salesperson")
    port = _free_port()
    anna_db = tmp_path / "anna.sqlite"
    nobody = workbench(
        anna_db,
        "sync",
        "login",
        "--server",
        f"http://127.0.0.1:{port}",
        "--user",
        "anna",
        stdin=PASSWORD,
    )
    assert nobody.returncode == 5 and "can't be reached" in nobody.stderr
    with serving(server_db, port):
        wrong = workbench(
            anna_db,
            "sync",
            "login",
            "--server",
            f"http://127.0.0.1:{port}",
            "--user",
            "anna",
            stdin="not the password",
        )
        assert wrong.returncode == 5 and "wrong" in wrong.stderr
        empty = workbench(
            anna_db,
            "sync",
            "login",
            "--server",
            f"http://127.0.0.1:{port}",
            "--user",
            "anna",
            stdin="",
        )
        assert empty.returncode == 2 and "No password" in empty.stderr
