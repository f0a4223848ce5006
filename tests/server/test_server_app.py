"""The HTTP API in-process (real ASGI through TestClient): sessions, versions, limits, errors.

Merging (server/ingest.py) is tested on its own; here push and pull are only driven up to the
checks that come before it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from workbench.server import auth, db, ingest
from workbench.server.app import create_app
from workbench.sync.protocol import MAX_BODY_BYTES, PROTOCOL_VERSION

from .conftest import PASSWORD, Accounts, FakeClock


@pytest.fixture
def client(server_engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(server_engine), raise_server_exceptions=False) as c:
        yield c


def login_body(app_schema: str, **changes: Any) -> dict[str, Any]:
    body = {
        "user": "Ann Berg",
        "password": PASSWORD,
        "device_name": "Laptop",
        "node": "n1",
        "protocol": PROTOCOL_VERSION,
        "schema": app_schema,
    }
    body.update(changes)
    return body


def login(client: TestClient, app_schema: str) -> dict[str, str]:
    response = client.post("/v1/login", json=login_body(app_schema))
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def assert_problem(response: Any, status: int, error: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error", "message"} and body["error"] == error and body["message"]
    return body


def test_login_me_logout(client: TestClient, accounts: Accounts, app_schema: str) -> None:
    response = client.post("/v1/login", json=login_body(app_schema))
    assert response.status_code == 200
    body = response.json()
    # the team and its two people were published to the feed: three changes so far
    assert body["device_code"] == "AB1" and body["server_seq"] == 3
    assert body["user"]["name"] == "Ann Berg" and body["user"]["team_name"] == "North"
    headers = {"Authorization": f"Bearer {body['token']}"}
    me = client.get("/v1/me", headers=headers)
    assert me.status_code == 200 and me.json()["role"] == "salesperson"
    assert client.post("/v1/logout", headers=headers).status_code == 204
    assert_problem(client.get("/v1/me", headers=headers), 401, "token_revoked")


def test_bad_credentials_and_throttling(
    client: TestClient, accounts: Accounts, app_schema: str, clock: FakeClock
) -> None:
    for _ in range(auth.FREE_ATTEMPTS):
        bad = client.post("/v1/login", json=login_body(app_schema, password="wrong pass"))
        assert_problem(bad, 401, "bad_credentials")
    locked = client.post("/v1/login", json=login_body(app_schema))
    assert_problem(locked, 429, "too_many_attempts")
    assert locked.headers["Retry-After"] == "1"
    clock.advance(seconds=1)
    assert client.post("/v1/login", json=login_body(app_schema)).status_code == 200
    unknown = client.post("/v1/login", json=login_body(app_schema, user="Nobody"))
    assert assert_problem(unknown, 401, "bad_credentials")["message"] == auth.BAD_CREDENTIALS


def test_health(client: TestClient, server_engine: Engine) -> None:
    response = client.get("/v1/health")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "server_seq": 0,
        "protocol": PROTOCOL_VERSION,
        "app_schema": db.expected_app_schema(),
    }


def test_health_of_a_database_not_migrated(tmp_path: Any) -> None:
    engine = db.make_server_engine(f"sqlite:///{tmp_path / 'new.sqlite'}")
    with TestClient(create_app(engine)) as c:
        assert_problem(c.get("/v1/health"), 503, "database_not_migrated")
    engine.dispose()


@pytest.mark.parametrize("path", ["/v1/me", "/v1/push", "/v1/pull", "/v1/logout"])
def test_calls_without_a_valid_token_are_refused(
    client: TestClient, accounts: Accounts, app_schema: str, path: str
) -> None:
    method = client.get if path in ("/v1/me", "/v1/pull") else client.post
    kwargs: dict[str, Any] = {"params": {"protocol": PROTOCOL_VERSION, "schema": app_schema}}
    if path == "/v1/push":
        kwargs = {"json": {"protocol": PROTOCOL_VERSION, "schema": app_schema, "changes": []}}
    assert_problem(method(path, **kwargs), 401, "not_signed_in")
    wrong = {"Authorization": "Bearer 00000000-0000-0000-0000-000000000000.nope"}
    assert_problem(method(path, headers=wrong, **kwargs), 401, "bad_token")
    basic = {"Authorization": "Basic YW5uOnB3"}
    assert_problem(method(path, headers=basic, **kwargs), 401, "not_signed_in")


def test_an_older_app_must_update(client: TestClient, accounts: Accounts, app_schema: str) -> None:
    older = db.app_schema_history()[-2]
    body = assert_problem(client.post("/v1/login", json=login_body(older)), 426, "update_required")
    assert "install the update IT provides" in body["message"]
    headers = login(client, app_schema)
    push = {"protocol": PROTOCOL_VERSION, "schema": older, "changes": []}
    assert_problem(client.post("/v1/push", json=push, headers=headers), 426, "update_required")
    pull = client.get(
        "/v1/pull", params={"protocol": PROTOCOL_VERSION, "schema": older}, headers=headers
    )
    assert_problem(pull, 426, "update_required")
    old_protocol = client.get(
        "/v1/pull", params={"protocol": 0, "schema": app_schema}, headers=headers
    )
    assert_problem(old_protocol, 426, "update_required")


def test_a_newer_app_finds_the_server_outdated(
    client: TestClient, accounts: Accounts, app_schema: str
) -> None:
    assert_problem(client.post("/v1/login", json=login_body("9999_future")), 409, "server_outdated")
    headers = login(client, app_schema)
    push = {"protocol": PROTOCOL_VERSION + 1, "schema": app_schema, "changes": []}
    assert_problem(client.post("/v1/push", json=push, headers=headers), 409, "server_outdated")
    pull = client.get(
        "/v1/pull", params={"protocol": PROTOCOL_VERSION, "schema": "9999_x"}, headers=headers
    )
    assert_problem(pull, 409, "server_outdated")


def test_bodies_over_the_limit_are_refused_before_parsing(
    client: TestClient, accounts: Accounts, app_schema: str
) -> None:
    headers = login(client, app_schema)
    big = b'{"changes": [' + b" " * MAX_BODY_BYTES + b"]}"
    declared = client.post("/v1/push", content=big, headers=headers)
    assert_problem(declared, 413, "too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server has to count
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b" " * 65536

    chunked = client.post("/v1/push", content=chunks(), headers=headers)
    assert_problem(chunked, 413, "too_large")
    assert_problem(client.post("/v1/login", content=big), 413, "too_large")


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"protocol": 1}',
        b'{"protocol": "x", "schema": "0006", "changes": []}',
        b'{"protocol": 1, "schema": "0006", "changes": [{"id": "nope"}]}',
        b'{"protocol": 1, "schema": "0006", "changes": [], "extra": true}',
    ],
)
def test_malformed_push_bodies_get_422_with_a_message(
    client: TestClient, accounts: Accounts, app_schema: str, body: bytes
) -> None:
    headers = {**login(client, app_schema), "Content-Type": "application/json"}
    problem = assert_problem(
        client.post("/v1/push", content=body, headers=headers), 422, "invalid_request"
    )
    assert problem["message"].startswith("The request is not valid")


def test_malformed_queries_and_logins(
    client: TestClient, accounts: Accounts, app_schema: str
) -> None:
    headers = login(client, app_schema)
    for params in [
        {},
        {"protocol": "one", "schema": app_schema},
        {"protocol": 1, "schema": app_schema, "cursor": -1},
        {"protocol": 1, "schema": app_schema, "limit": 10**9},
    ]:
        assert_problem(
            client.get("/v1/pull", params=params, headers=headers), 422, "invalid_request"
        )
    for changes in [{"password": ""}, {"user": "x" * 500}, {"node": None}]:
        assert_problem(
            client.post("/v1/login", json=login_body(app_schema, **changes)), 422, "invalid_request"
        )
    assert_problem(client.get("/v1/nowhere"), 404, "not_found")
    assert_problem(client.get("/v1/login"), 405, "method_not_allowed")


def test_a_server_bug_is_a_500_problem_and_logged(
    client: TestClient,
    accounts: Accounts,
    app_schema: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def bug(*_args: object) -> None:
        raise RuntimeError("a bug in the server")

    monkeypatch.setattr(ingest, "push", bug)
    headers = login(client, app_schema)
    push = {"protocol": PROTOCOL_VERSION, "schema": app_schema, "changes": []}
    response = client.post("/v1/push", json=push, headers=headers)
    assert_problem(response, 500, "server_error")
    assert "Traceback" not in response.text
    assert any(r.exc_info for r in caplog.records if r.name == "workbench.server.app")


def test_the_committed_openapi_description_is_current() -> None:
    from pathlib import Path

    committed = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
    spec = create_app(db.make_server_engine("sqlite://")).openapi()
    assert json.loads(committed.read_text(encoding="utf-8")) == spec, (
        "regenerate it: workbench-server openapi > docs/openapi.json"
    )


def test_the_body_limit_counts_a_body_without_a_declared_size() -> None:
    import asyncio

    from workbench.server.app import BodyLimit

    sent: list[dict[str, Any]] = []

    async def reads_everything(scope: Any, receive: Any, send: Any) -> None:
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"read"})

    async def run() -> None:
        chunks = iter([{"type": "http.request", "body": b"x" * 60, "more_body": True}] * 3)

        async def receive() -> Any:
            return next(chunks)

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        scope = {"type": "http", "headers": [(b"transfer-encoding", b"chunked")]}
        await BodyLimit(reads_everything, limit=100)(scope, receive, send)

    asyncio.run(run())
    assert sent[0]["status"] == 413
    assert json.loads(sent[1]["body"]) == {
        "error": "too_large",
        "message": "The request is larger than 100 bytes.",
    }


def test_a_database_outage_is_a_503(
    client: TestClient, accounts: Accounts, app_schema: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    headers = login(client, app_schema)

    def down(*_args: object) -> None:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    monkeypatch.setattr(auth, "get_user", down)
    assert_problem(client.get("/v1/me", headers=headers), 503, "database_unavailable")


def test_a_pulled_page_carries_each_document_as_pushed(
    client: TestClient, accounts: Accounts, app_schema: str
) -> None:
    """Pull writes its answer around the rows' stored JSON text (feed.PullPage): quotes,
    backslashes, line breaks and any script arrive as they were pushed, in PullResponse's
    shape."""
    from workbench.server.api_models import PullResponse

    headers = login(client, app_schema)
    notes = 'He said "ship it" \\ then left.\nЦена 12 €, 価格 ✓ \U0001f600'
    stamp = "1764842400123-0000-n1"
    when = "2026-12-04T10:00:00+00:00"
    values = {"kind": "call", "status": "done", "direction": "outbound", "outcome": None,
              "subject": "Call", "started_at": when, "duration_seconds": 60, "location": "",
              "notes": notes, "user_id": None, "contact_id": None, "account_id": None,
              "opportunity_id": None, "lead_id": None, "deleted": False, "created_at": when,
              "updated_at": when}  # fmt: skip
    row = "9d2e4c1a-0b7f-4e8a-9c3d-5f6a7b8c9d0e"
    change = {
        "id": "3b1c2d4e-5f60-4718-8a9b-0c1d2e3f4a5b",
        "table": "activity",
        "row": row,
        "insert": True,
        "base": 0,
        "fields": {k: [v, stamp] for k, v in values.items()},
    }
    push = client.post("/v1/push", headers=headers,
                       json={"protocol": PROTOCOL_VERSION, "schema": app_schema,
                             "changes": [change]})  # fmt: skip
    assert push.status_code == 200 and push.json()["results"][0]["status"] == "applied"
    pull = client.get(
        "/v1/pull",
        headers=headers,
        params={"protocol": PROTOCOL_VERSION, "schema": app_schema, "count": True},
    )
    assert pull.status_code == 200 and pull.headers["content-type"] == "application/json"
    page = PullResponse.model_validate_json(pull.content)
    [sent] = [c for c in page.changes if str(c.row) == row]
    assert sent.op == "put" and sent.data is not None and sent.table == "activity"
    assert sent.data["notes"] == notes and sent.data["stamp"] == stamp
    assert {k: sent.data[k] for k in values} == values
    assert (page.more, page.remaining, page.cursor) == (False, 0, page.server_seq)
