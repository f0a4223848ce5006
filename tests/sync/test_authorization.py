"""What a salesperson can make the server do by forging requests: never see a record
outside their view, never change one, never get a 500, never leave anything half-written.

Against the real app through fastapi's TestClient, on both server backends.
"""

from __future__ import annotations

import json
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.server_fixtures import PASSWORD, FakeClock
from tests.sync import model
from tests.sync.conftest import Team
from workbench.domain.pipeline import Pipeline
from workbench.server import auth, db, schema
from workbench.services.accounts import AccountInput, create_account
from workbench.services.opportunities import (
    OpportunityInput,
    create_opportunity,
)
from workbench.services.sharing import share_opportunity, unshare_opportunity
from workbench.services.sync.transport import SignInNeeded
from workbench.sync.protocol import MAX_BATCH, MAX_BODY_BYTES


def _login(team: Team, name: str, node: str = "forger1") -> str:
    answer = team.client.post(
        "/v1/login",
        json={**model.versions(), "user": name, "password": PASSWORD, "node": node},
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["token"])


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _pull(team: Team, token: str, cursor: Any = 0, **extra: Any) -> Any:
    return team.client.get(
        "/v1/pull",
        params={**model.versions(), "cursor": cursor, "limit": 2000, **extra},
        headers=_auth(token),
    )


def _pull_all(team: Team, token: str) -> dict[tuple[str, str], dict[str, Any]]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    cursor = 0
    while True:
        answer = _pull(team, token, cursor)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        for change in page["changes"]:
            if change["op"] == "put":
                seen[(change["table"], change["row"])] = change
            else:
                seen.pop((change["table"], change["row"]), None)
        cursor = page["cursor"]
        if not page["more"]:
            return seen


def _push(team: Team, token: str, changes: list[dict[str, Any]]) -> Any:
    return team.client.post(
        "/v1/push", json={**model.versions(), "changes": changes}, headers=_auth(token)
    )


def _stamp(node: str = "forger1") -> str:
    time.sleep(0.002)
    return f"{time.time_ns() // 1_000_000:013d}-0000-{node}"


def _change(
    table: str, row: uuid.UUID | str, fields: dict[str, Any], *, insert: bool = False
) -> dict[str, Any]:
    stamp = _stamp()
    return {
        "id": str(uuid.uuid4()),
        "table": table,
        "row": str(row),
        "insert": insert,
        "base": 0,
        "fields": {k: [v, stamp] for k, v in fields.items()},
    }


def _server_rows(team: Team) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    return model.server_rows(team.engine)


def _new_deal(laptop: Any, title: str) -> uuid.UUID:
    database = laptop.db
    with database.read() as s:
        pipeline = s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()
    account = create_account(database, AccountInput(name=f"{title} Ltd"))
    return create_opportunity(
        database,
        OpportunityInput(
            title=title, pipeline_id=pipeline, account_id=account, amount=Decimal("5000")
        ),
    )


@pytest.fixture
def souths_deal(laptop: Any, team: Team) -> uuid.UUID:
    """A deal of sam's (team South), on the server."""
    mia = laptop("mia")  # the manager's laptop brings the team's settings
    mia.login()
    mia.sync()
    sam = laptop("sam")
    sam.login()
    sam.sync()
    deal = _new_deal(sam, "South secret")
    sam.sync()
    return deal


def _south_rows(team: Team, deal: uuid.UUID) -> set[tuple[str, str]]:
    r = schema.row.c
    with team.engine.connect() as conn:
        rows = conn.execute(select(r.table_name, r.row_id).where(r.deal_id == deal)).all()
    assert rows
    return {(t, str(i)) for t, i in rows}


# -- pulling ----------------------------------------------------------------------------


def test_pull_with_any_cursor_shows_only_the_callers_rows(
    team: Team, souths_deal: uuid.UUID
) -> None:
    token = _login(team, "anna")
    secret = _south_rows(team, souths_deal)
    for cursor in [0, 1, db.current_seq(team.engine), 2**31, 2**62]:
        answer = _pull(team, token, cursor)
        assert answer.status_code == 200, (cursor, answer.text)
        got = {(c["table"], c["row"]) for c in answer.json()["changes"]}
        assert not got & secret, cursor
    assert not set(_pull_all(team, token)) & secret


@pytest.mark.parametrize("cursor", [-1, "abc", "1e3", 2**63, 2**64, 10**30, "", "0x10"], ids=repr)
def test_pull_with_a_bad_cursor_is_refused_with_a_reason(
    team: Team, souths_deal: uuid.UUID, cursor: Any
) -> None:
    token = _login(team, "anna")
    answer = _pull(team, token, cursor)
    assert 400 <= answer.status_code < 500, (cursor, answer.status_code, answer.text)
    assert answer.json()["message"]


@pytest.mark.parametrize("limit", [0, -5, 2001, 2**70])
def test_pull_with_a_bad_limit_is_refused(team: Team, limit: int) -> None:
    token = _login(team, "anna")
    answer = team.client.get(
        "/v1/pull",
        params={**model.versions(), "cursor": 0, "limit": limit},
        headers=_auth(token),
    )
    assert answer.status_code == 422, answer.text


def test_tokens_that_are_not_valid_now_are_refused(
    team: Team, clock: FakeClock, tmp_path: Path
) -> None:
    token = _login(team, "anna")
    assert _pull(team, token).status_code == 200
    changed = token[:-1] + ("A" if token[-1] != "A" else "B")
    other_engine = db.make_server_engine(f"sqlite:///{tmp_path / 'other.sqlite'}")
    db.migrate(other_engine)
    try:
        auth.create_team(other_engine, "North")
        auth.create_user(other_engine, "anna", PASSWORD, "North", "salesperson")
        foreign = auth.sign_in(
            other_engine, "anna", PASSWORD, "", "n1", db.expected_app_schema()
        ).token
    finally:
        other_engine.dispose()
    for bad in [changed, foreign, "", "x" * 201, token + "x", "Bearer " + token]:
        for answer in (_pull(team, bad), _push(team, bad, [])):
            assert answer.status_code == 401, (bad, answer.status_code, answer.text)
    # Expired: the server's clock passes the token's 90 days.
    clock.advance(days=91)
    assert _pull(team, token).status_code == 401
    assert _push(team, token, []).status_code == 401


def test_a_revoked_device_is_refused_at_once(laptop: Any, team: Team) -> None:
    anna = laptop("anna")
    anna.login()
    anna.sync()
    device = uuid.UUID(anna.db.get_meta("sync.device_id"))
    token = _login(team, "anna", "second")
    assert _pull(team, token).status_code == 200
    auth.revoke_device(team.engine, device)
    with pytest.raises(SignInNeeded):
        anna.sync()
    # Another device of the same person is not affected.
    assert _pull(team, token).status_code == 200


# -- pushing ----------------------------------------------------------------------------


def _refused(answer: Any) -> list[dict[str, Any]]:
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    for result in results:
        assert result["status"] == "refused", result
        assert result["reason"], result
    return list(results)


def test_changing_another_teams_deal_is_refused(team: Team, souths_deal: uuid.UUID) -> None:
    token = _login(team, "anna")
    before = _server_rows(team)
    results = _refused(
        _push(team, token, [_change("opportunity", souths_deal, {"amount_minor": 1})])
    )
    assert results[0]["current"] is None  # nothing of the row is shown either
    assert _server_rows(team) == before


def test_attaching_rows_to_another_teams_deal_gives_no_sight_of_it(
    team: Team, souths_deal: uuid.UUID
) -> None:
    """A share or a delegated task names who else sees a deal: made by someone who can't
    see the deal, for themselves, it must not open the deal to them."""
    token = _login(team, "anna")
    anna = str(team.ids["anna"])
    before = _server_rows(team)
    share = _change(
        "opportunity_share",
        uuid.uuid4(),
        {
            "opportunity_id": str(souths_deal),
            "user_id": anna,
            "role": "colleague",
            "deleted": False,
        },
        insert=True,
    )
    task = _change(
        "task",
        uuid.uuid4(),
        {
            "opportunity_id": str(souths_deal),
            "assignee_id": anna,
            "title": "Look inside",
            "kind": "todo",
            "mandatory": False,
            "notes": "",
            "deleted": False,
        },
        insert=True,
    )
    answer = _push(team, token, [share, task])
    assert answer.status_code == 200, answer.text
    statuses = [r["status"] for r in answer.json()["results"]]
    leaked = set(_pull_all(team, token)) & _south_rows(team, souths_deal)
    assert not leaked, f"anna sees South's deal after pushing {statuses}: {sorted(leaked)}"
    assert statuses == ["refused", "refused"]
    assert _server_rows(team) == before


def test_moving_own_share_onto_another_teams_deal_gives_no_sight_of_it(
    laptop: Any, team: Team, souths_deal: uuid.UUID
) -> None:
    anna = laptop("anna")
    anna.login()
    anna.sync()
    own = _new_deal(anna, "Anna's")
    share_opportunity(anna.db, own, team.ids["ben"])
    anna.sync()
    r = schema.row.c
    with team.engine.connect() as conn:
        share_id = conn.scalar(
            select(r.row_id).where(r.table_name == "opportunity_share", r.deal_id == own)
        )
    token = _login(team, "anna")
    answer = _push(
        team,
        token,
        [
            _change(
                "opportunity_share",
                share_id,
                {"opportunity_id": str(souths_deal), "user_id": str(team.ids["anna"])},
            )
        ],
    )
    assert answer.status_code == 200
    leaked = set(_pull_all(team, token)) & _south_rows(team, souths_deal)
    assert not leaked, f"{answer.json()['results']}: {sorted(leaked)}"


@pytest.mark.parametrize(
    ("table", "fields"),
    [
        ("team", {"name": "Anna's own team"}),
        ("stage", {"name": "Renamed", "position": 1}),
        ("pipeline", {"name": "Mine"}),
        ("user", {"role": "manager"}),
    ],
)
def test_a_salesperson_may_not_change_people_teams_or_settings(
    team: Team, souths_deal: uuid.UUID, table: str, fields: dict[str, Any]
) -> None:
    token = _login(team, "anna")
    r = schema.row.c
    with team.engine.connect() as conn:
        existing = conn.scalar(select(r.row_id).where(r.table_name == table).limit(1))
    if table == "user":
        existing = team.ids["anna"]  # even one's own role
    assert existing is not None
    before = _server_rows(team)
    _refused(
        _push(
            team,
            token,
            [
                _change(table, existing, fields),
                _change(table, uuid.uuid4(), {**fields, "deleted": False}, insert=True),
            ],
        )
    )
    assert _server_rows(team) == before


def test_renaming_someone_else_is_refused_and_oneself_is_not(team: Team) -> None:
    token = _login(team, "anna")
    _refused(_push(team, token, [_change("user", team.ids["ben"], {"name": "Benjamin"})]))
    answer = _push(team, token, [_change("user", team.ids["anna"], {"phone": "+43 1 234"})])
    assert answer.json()["results"][0]["status"] == "applied", answer.text


def test_conflict_records_for_someone_else_are_refused(team: Team) -> None:
    token = _login(team, "anna")
    record = {
        "user_id": str(team.ids["ben"]),
        "table_name": "opportunity",
        "row_id": str(uuid.uuid4()),
        "field": "amount_minor",
        "lost_value": "1",
        "kept_value": "2",
        "winner_name": "anna",
        "lost_at": "",
        "kept_at": "",
        "resolved": False,
        "deleted": False,
    }
    before = _server_rows(team)
    _refused(_push(team, token, [_change("sync_conflict", uuid.uuid4(), record, insert=True)]))
    own = {**record, "user_id": str(team.ids["anna"])}
    _refused(_push(team, token, [_change("sync_conflict", uuid.uuid4(), own, insert=True)]))
    assert _server_rows(team) == before


def test_a_deal_unshared_takes_back_the_right_to_change_it(laptop: Any, team: Team) -> None:
    sam = laptop("sam")
    sam.login()
    sam.sync()
    deal = _new_deal(sam, "Shared for a while")
    share_opportunity(sam.db, deal, team.ids["anna"])
    sam.sync()
    token = _login(team, "anna")
    applied = _push(team, token, [_change("opportunity", deal, {"notes": "while shared"})])
    assert applied.json()["results"][0]["status"] == "applied", applied.text
    unshare_opportunity(sam.db, deal, team.ids["anna"])
    sam.sync()
    before = _server_rows(team)
    _refused(_push(team, token, [_change("opportunity", deal, {"notes": "after unshare"})]))
    assert _server_rows(team) == before
    assert not set(_pull_all(team, token)) & _south_rows(team, deal)


# -- hostile bodies -----------------------------------------------------------------------


def _row_change(team: Team, deal: uuid.UUID) -> dict[str, Any]:
    return _change("opportunity", deal, {"competitor": "fine"})


def _anna_deal(laptop: Any, team: Team) -> uuid.UUID:
    anna = laptop("anna")
    anna.login()
    anna.sync()
    deal = _new_deal(anna, "Anna's own")
    anna.sync()
    return deal


BAD_FIELDS = {
    "wrong type": {"amount_minor": "a lot"},
    "bool for int": {"amount_minor": True},
    "huge int": {"amount_minor": 10**30},
    "float": {"amount_minor": 1.5},
    "infinite": {"amount_minor": float("inf")},
    "unknown field": {"secret_column": 1},
    "NUL": {"notes": "a\x00b"},
    "long text": {"title": "x" * 100_001},
    "nested": {"notes": [[[["deep"]]]]},
    "object": {"notes": {"$gt": ""}},
    "bad id": {"owner_id": "not-an-id"},
    "bad enum": {"status": "stolen"},
    "bad date": {"expected_close": "2027-02-30"},
    "naive time": {"updated_at": "2027-01-01T00:00:00"},
    "null in required": {"title": None},
}


@pytest.mark.parametrize("case", list(BAD_FIELDS), ids=str)
def test_bad_values_are_refused_per_change(laptop: Any, team: Team, case: str) -> None:
    deal = _anna_deal(laptop, team)
    token = _login(team, "anna")
    before = _server_rows(team)
    bad = _change("opportunity", deal, BAD_FIELDS[case])
    good = _row_change(team, deal)
    body = json.dumps({**model.versions(), "changes": [bad, good]}, allow_nan=True)
    answer = team.client.post(
        "/v1/push", content=body, headers={**_auth(token), "Content-Type": "application/json"}
    )
    assert answer.status_code < 500, answer.text
    if answer.status_code == 200:
        first, second = answer.json()["results"]
        assert first["status"] == "refused" and first["reason"], first
        assert second["status"] == "applied", second
        after = _server_rows(team)
        key = ("opportunity", deal)
        assert after[key]["data"]["competitor"] == "fine"
        for name in BAD_FIELDS[case]:
            assert after[key]["data"].get(name) == before[key]["data"].get(name)
    else:
        assert answer.json()["message"]
        assert _server_rows(team) == before


BAD_STAMPS = [
    "",
    "yesterday",
    "1764842400123-0000-",
    "1764842400123-zzzz-node",
    "99999999999999-0000-node",
    "1764842400123-0000-" + "n" * 40,
    None,
    5,
]


@pytest.mark.parametrize("stamp", BAD_STAMPS, ids=repr)
def test_bad_stamps_are_refused(laptop: Any, team: Team, stamp: Any) -> None:
    deal = _anna_deal(laptop, team)
    token = _login(team, "anna")
    before = _server_rows(team)
    change = _change("opportunity", deal, {})
    change["fields"] = {"notes": ["stamped badly", stamp]}
    answer = _push(team, token, [change])
    assert answer.status_code < 500, answer.text
    if answer.status_code == 200:
        _refused(answer)
    assert _server_rows(team) == before


def _hostile_bodies(deal: uuid.UUID) -> dict[str, bytes]:
    good = _change("opportunity", deal, {"notes": "x"})
    versions = model.versions()

    def body(**overrides: Any) -> bytes:
        return json.dumps({**versions, "changes": [good], **overrides}).encode()

    marker = '"DEEP"'
    deep = json.dumps({**versions, "changes": [{**good, "fields": {"notes": ["DEEP", "s"]}}]})
    deep = deep.replace(marker, "[" * 100_000 + "1" + "]" * 100_000)
    return {
        "unknown table": body(changes=[{**good, "table": "sv_device"}]),
        "server table": body(changes=[{**good, "table": "workbench_meta"}]),
        "too many changes": body(changes=[{**good, "id": str(uuid.uuid4())}] * (MAX_BATCH + 1)),
        "extra key": body(changes=[{**good, "user": "root"}]),
        "base negative": body(changes=[{**good, "base": -1}]),
        "row not an id": body(changes=[{**good, "row": "../../etc"}]),
        "fields a list": body(changes=[{**good, "fields": [1, 2]}]),
        "changes not a list": body(changes={"a": 1}),
        "no changes": json.dumps(versions).encode(),
        "not json": b'{"protocol": 1, ',
        "a bare string": b'"hello"',
        "deeply nested": deep.encode(),
        "huge number literal": body().replace(b'"base": 0', b'"base": ' + b"9" * 5000),
        "NUL in the table": body(changes=[{**good, "table": "opp\x00ortunity"}]),
        "NUL in a key": body(
            changes=[{**good, "fields": {"no\x00tes": ["x", good["fields"]["notes"][1]]}}]
        ),
        "invalid utf-8": body().replace(b'"x"', b'"\xff\xfe"'),
        "oversized": b'{"pad": "' + b"x" * (MAX_BODY_BYTES + 10) + b'"}',
    }


@pytest.mark.parametrize(
    "case",
    [
        "unknown table",
        "server table",
        "too many changes",
        "extra key",
        "base negative",
        "row not an id",
        "fields a list",
        "changes not a list",
        "no changes",
        "not json",
        "NUL in the table",
        "a bare string",
        "deeply nested",
        "huge number literal",
        "NUL in a key",
        "invalid utf-8",
        "oversized",
    ],
)
def test_hostile_bodies_get_a_reason_and_write_nothing(laptop: Any, team: Team, case: str) -> None:
    deal = _anna_deal(laptop, team)
    token = _login(team, "anna")
    before = _server_rows(team)
    seq = db.current_seq(team.engine)
    answer = team.client.post(
        "/v1/push",
        content=_hostile_bodies(deal)[case],
        headers={**_auth(token), "Content-Type": "application/json"},
    )
    assert answer.status_code < 500, (answer.status_code, answer.text[:500])
    if case == "oversized":
        assert answer.status_code == 413
    if case == "too many changes":
        assert answer.status_code == 422
    if answer.status_code == 200:
        _refused(answer)
    else:
        assert answer.json()["message"]
    assert _server_rows(team) == before
    assert db.current_seq(team.engine) == seq


@pytest.mark.parametrize("where", ["user", "device_name", "node"])
def test_nul_characters_at_sign_in_are_refused(team: Team, where: str) -> None:
    body = {
        **model.versions(),
        "user": "anna",
        "password": PASSWORD,
        "node": "n1",
        "device_name": "laptop",
    }
    body[where] = body[where][:2] + "\x00" + body[where][2:]
    answer = team.client.post("/v1/login", json=body)
    # SQLite stores a NUL like any character; PostgreSQL text can't hold one.
    assert answer.status_code < 500, (answer.status_code, answer.text)


def test_a_base_from_the_future_does_not_silence_a_conflict(laptop: Any, team: Team) -> None:
    """`base` says what the writer had seen; a value it could not have seen that it
    replaces is kept as a conflict record for its author. A base past the server's
    sequence is a claim no laptop can make honestly, and must not hide that record."""
    deal = _anna_deal(laptop, team)
    mia, anna = _login(team, "mia", "mianode"), _login(team, "anna")
    mine = _change("opportunity", deal, {"amount_minor": 111})
    assert _push(team, mia, [mine]).json()["results"][0]["status"] == "applied"
    theirs = _change("opportunity", deal, {"amount_minor": 222})
    theirs["base"] = 10**30
    too_big = _push(team, anna, [theirs])
    assert too_big.status_code == 422  # past any sequence the server can hold
    theirs["base"] = 10**12
    answer = _push(team, anna, [theirs]).json()["results"][0]
    r = schema.row.c
    with team.engine.connect() as conn:
        conflicts = conn.execute(
            select(r.data).where(r.table_name == "sync_conflict", r.owner_id == team.ids["mia"])
        ).all()
    assert answer["status"] == "refused" or conflicts, answer
