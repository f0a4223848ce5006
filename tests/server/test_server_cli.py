"""workbench-server: administration through main([...]) and the real server in a process."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from workbench.server import auth, db
from workbench.server.cli import main

from .conftest import PASSWORD, ServerDb


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    # A StringIO is what a pipe looks like to the command: not a terminal, so one line is read.
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--database", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_teams_users_and_devices(
    server_db: ServerDb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server_db.url
    assert run(capsys, monkeypatch, url, "team", "add", "North")[0] == 0
    code, out, _ = run(
        capsys,
        monkeypatch,
        url,
        "user",
        "add",
        "Ann Berg",
        "--team",
        "North",
        "--role",
        "salesperson",
        stdin=f"{PASSWORD}\n",
    )
    assert code == 0 and "Ann Berg" in out
    code, out, _ = run(capsys, monkeypatch, url, "user", "list")
    assert "Ann Berg" in out and "salesperson" in out and "North" in out
    assert "North" in run(capsys, monkeypatch, url, "team", "list")[1]

    signed = auth.sign_in(server_db.engine, "Ann Berg", PASSWORD, "Ann's laptop", "n1", "0006")
    code, out, _ = run(capsys, monkeypatch, url, "device", "list")
    assert code == 0 and str(signed.device.id) in out and "AB1" in out and "active" in out
    code, out, _ = run(capsys, monkeypatch, url, "device", "revoke", str(signed.device.id))
    assert code == 0
    assert "revoked" in run(capsys, monkeypatch, url, "device", "list")[1]

    code, _, _ = run(
        capsys, monkeypatch, url, "user", "password", "Ann Berg", stdin="another password\n"
    )
    assert code == 0
    auth.sign_in(server_db.engine, "Ann Berg", "another password", "", "n1", "0006")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["team", "add", "  "], "", "name is empty"),
        (
            ["user", "add", "Eve", "--team", "South", "--role", "manager"],
            PASSWORD,
            "no team named 'South'",
        ),
        (["user", "add", "Eve", "--team", "North", "--role", "manager"], "\n", "password is empty"),
        (["user", "add", "Eve", "--team", "North", "--role", "manager"], "", "password is empty"),
        (["user", "password", "Nobody"], PASSWORD, "no user named"),
        (["device", "revoke", "not-an-id"], "", "not a device id"),
        (["device", "revoke", "00000000-0000-0000-0000-000000000000"], "", "no device"),
    ],
)
def test_bad_input_is_refused_with_a_message(
    server_db: ServerDb,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    stdin: str,
    message: str,
) -> None:
    assert run(capsys, monkeypatch, server_db.url, "team", "add", "North")[0] == 0
    code, _, err = run(capsys, monkeypatch, server_db.url, *args, stdin=stdin)
    assert code == 1 and message in err and "Traceback" not in err


def test_duplicates_are_refused(
    server_db: ServerDb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server_db.url
    run(capsys, monkeypatch, url, "team", "add", "North")
    code, _, err = run(capsys, monkeypatch, url, "team", "add", "North")
    assert code == 1 and "exists already" in err
    for _ in range(2):
        code, _, err = run(
            capsys, monkeypatch, url, "user", "add", "Ann", "--role", "admin", stdin=PASSWORD
        )
    assert code == 1 and "exists already" in err


def test_database_problems_exit_3_with_the_fix(
    empty_database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run(capsys, monkeypatch, empty_database_url, "team", "list")
    assert code == 3 and "run workbench-server --database URL migrate" in err
    assert run(capsys, monkeypatch, empty_database_url, "migrate")[0] == 0
    assert run(capsys, monkeypatch, empty_database_url, "migrate")[0] == 0
    assert run(capsys, monkeypatch, empty_database_url, "team", "list")[0] == 0
    code, _, err = run(capsys, monkeypatch, "postgresql://x@127.0.0.1:1/none", "team", "list")
    assert code == 3 and "Cannot reach the database" in err and "Traceback" not in err


def test_usage_errors(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_SERVER_DATABASE", raising=False)
    assert main(["team", "list"]) == 2
    assert "--database" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["--database", "sqlite://", "user", "add", "Eve", "--role", "boss"])
    assert exited.value.code == 2
    assert main(["--database", "mysql://x@y/z", "team", "list"]) == 3


def test_the_database_url_can_come_from_the_environment(
    server_db: ServerDb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_SERVER_DATABASE", server_db.url)
    from workbench.server.cli import build_parser

    assert build_parser().parse_args(["team", "list"]).database == server_db.url


def test_a_server_process_keeps_its_startup_objects_out_of_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What every server process builds at start is frozen (gc.freeze): a report's many
    new objects then set off full collections over those alone, not the whole process."""
    import gc

    from workbench.server.cli import DATABASE_ENV, app_from_environment

    monkeypatch.setenv(DATABASE_ENV, f"sqlite:///{tmp_path / 'server.sqlite'}")
    gc.unfreeze()
    try:
        app = app_from_environment()
        assert app.routes
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_command() -> list[str]:
    script = Path(sys.executable).with_name("workbench-server")
    return [str(script)] if script.exists() else [sys.executable, "-m", "workbench.server.cli"]


@pytest.mark.slow
def test_the_real_server_answers_and_stops_on_sigterm(server_db: ServerDb) -> None:
    auth.create_team(server_db.engine, "North")
    auth.create_user(server_db.engine, "Ann Berg", PASSWORD, "North", "salesperson")
    port = _free_port()
    env = {**os.environ, "WORKBENCH_SERVER_DATABASE": server_db.url}
    proc = subprocess.Popen(
        [*_server_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"{base}/v1/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()[0]
                assert time.monotonic() < deadline, "the server did not start within 30 s"
                time.sleep(0.2)
        assert health.status_code == 200 and health.json()["status"] == "ok"
        body = {
            "user": "Ann Berg",
            "password": PASSWORD,
            "node": "n1",
            "schema": db.expected_app_schema(),
        }
        signed = httpx.post(f"{base}/v1/login", json=body, timeout=10)
        assert signed.status_code == 200, signed.text
        token = signed.json()["token"]
        me = httpx.get(f"{base}/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert me.json()["name"] == "Ann Berg"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            output = proc.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            proc.kill()
            output = proc.communicate()[0]
    # uvicorn finishes its requests, then ends by the signal it got (as systemd expects).
    assert proc.returncode in (0, -signal.SIGTERM), output
    assert "Application shutdown complete" in output
    assert f"http://127.0.0.1:{port}" in output
