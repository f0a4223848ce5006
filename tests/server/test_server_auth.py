"""Accounts, sign-in with throttling, device tokens: on PostgreSQL and SQLite."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from workbench.server import auth, schema
from workbench.server.errors import AuthError, Conflict, InvalidInput, NotFound, Throttled

from .conftest import PASSWORD, Accounts, FakeClock


def sign_in(engine: Engine, name: str = "Ann Berg", password: str = PASSWORD) -> auth.SignIn:
    return auth.sign_in(engine, name, password, "Ann's laptop", "node-a", "0006")


def test_sign_in_registers_a_device_with_a_hashed_token(
    server_engine: Engine, accounts: Accounts, clock: FakeClock
) -> None:
    result = sign_in(server_engine)
    device_id, _, secret = result.token.partition(".")
    assert uuid.UUID(device_id) == result.device.id and len(secret) >= 40
    assert result.device.code == "AB1"
    assert result.device.expires_at == clock.now + timedelta(days=auth.TOKEN_DAYS)
    assert result.user.name == "Ann Berg" and result.user.team_name == "North"
    with server_engine.connect() as conn:
        stored = conn.execute(select(schema.device.c.token_hash)).scalar_one()
    assert stored == hashlib.sha256(result.token.encode()).hexdigest()

    caller = auth.authenticate(server_engine, result.token)
    assert (caller.user_id, caller.role, caller.team_id) == (
        accounts.ann,
        "salesperson",
        accounts.team_id,
    )
    assert (caller.device_code, caller.node) == ("AB1", "node-a")
    assert sign_in(server_engine).device.code == "AB2"  # a second laptop
    assert sign_in(server_engine, "Max Kurz").device.code == "MK1"


def test_wrong_password_and_unknown_user_get_the_same_answer(
    server_engine: Engine, accounts: Accounts
) -> None:
    with pytest.raises(AuthError) as wrong:
        sign_in(server_engine, password="not the password")
    with pytest.raises(AuthError) as unknown:
        sign_in(server_engine, name="Nobody Here")
    assert (wrong.value.status, wrong.value.message) == (401, auth.BAD_CREDENTIALS)
    assert (unknown.value.status, unknown.value.message) == (401, auth.BAD_CREDENTIALS)


def test_five_failures_lock_the_user_for_growing_times(
    server_engine: Engine, accounts: Accounts, clock: FakeClock
) -> None:
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(AuthError):
            sign_in(server_engine, password="wrong password")
    with pytest.raises(Throttled) as locked:
        sign_in(server_engine)  # even the right password waits
    assert locked.value.status == 429 and locked.value.headers["Retry-After"] == "1"
    clock.advance(seconds=1)
    with pytest.raises(AuthError):
        sign_in(server_engine, password="wrong again")  # the 6th failure: 2 s
    clock.advance(seconds=1)
    with pytest.raises(Throttled) as again:
        sign_in(server_engine)
    assert again.value.retry_after == 1
    clock.advance(seconds=1)
    sign_in(server_engine)  # success clears the count
    with server_engine.connect() as conn:
        row = conn.execute(
            select(schema.user.c.failed_logins, schema.user.c.locked_until).where(
                schema.user.c.id == accounts.ann
            )
        ).one()
    assert tuple(row) == (0, None)


def test_the_lock_is_capped(server_engine: Engine, accounts: Accounts, clock: FakeClock) -> None:
    u = schema.user
    with server_engine.begin() as conn:
        conn.execute(u.update().values(failed_logins=40))
    with pytest.raises(AuthError):
        sign_in(server_engine, password="wrong password")
    with pytest.raises(Throttled) as locked:
        sign_in(server_engine)
    assert locked.value.retry_after == auth.MAX_LOCK_SECONDS
    auth.set_password(server_engine, "Ann Berg", "a new password")  # lifts the lock
    sign_in(server_engine, password="a new password")


def test_expired_revoked_and_switched_off(
    server_engine: Engine, accounts: Accounts, clock: FakeClock
) -> None:
    first, second = sign_in(server_engine), sign_in(server_engine)
    auth.revoke_device(server_engine, first.device.id)
    with pytest.raises(AuthError, match="signed out") as revoked:
        auth.authenticate(server_engine, first.token)
    assert revoked.value.error == "token_revoked"
    auth.authenticate(server_engine, second.token)

    clock.advance(days=auth.TOKEN_DAYS)
    with pytest.raises(AuthError, match="expired"):
        auth.authenticate(server_engine, second.token)
    states = {d.id: d.state(clock.now) for d in auth.list_devices(server_engine)}
    assert states == {first.device.id: "revoked", second.device.id: "expired"}

    third = sign_in(server_engine)
    with server_engine.begin() as conn:
        conn.execute(schema.user.update().values(active=False))
    with pytest.raises(AuthError) as off:
        auth.authenticate(server_engine, third.token)
    assert off.value.status == 403
    with pytest.raises(AuthError, match="switched off"):
        sign_in(server_engine)
    for bad in ["", "x" * 500, f"{third.device.id}.guess"]:
        with pytest.raises(AuthError):
            auth.authenticate(server_engine, bad)


def test_device_list_shows_the_last_sync(
    server_engine: Engine, accounts: Accounts, clock: FakeClock
) -> None:
    device = sign_in(server_engine).device
    assert auth.list_devices(server_engine)[0].last_sync_at is None
    clock.advance(minutes=5)
    auth.touch_device_sync(server_engine, device.id, clock(), "0006")
    [listed] = auth.list_devices(server_engine)
    assert (listed.user_name, listed.last_sync_at, listed.state(clock.now)) == (
        "Ann Berg",
        clock.now,
        "active",
    )


def test_the_last_sync_is_written_at_most_once_a_minute(
    server_engine: Engine, accounts: Accounts, clock: FakeClock
) -> None:
    """Pushes and pulls record the device's last sync through note_sync, which writes only
    when the recorded time is a minute old or the laptop's schema changed."""
    token = sign_in(server_engine).token

    def synced(schema_revision: str) -> None:
        caller = auth.authenticate(server_engine, token)
        auth.note_sync(server_engine, caller, clock(), schema_revision)

    def recorded() -> tuple[object, str]:
        [listed] = auth.list_devices(server_engine)
        return listed.last_sync_at, listed.app_schema

    first = clock.now
    synced("0006")
    assert recorded() == (first, "0006")
    clock.advance(seconds=30)
    synced("0006")
    assert recorded() == (first, "0006")  # not written again within the minute
    synced("0007")
    assert recorded() == (clock.now, "0007")  # an updated laptop is recorded at once
    second = clock.now
    clock.advance(seconds=59)
    synced("0007")
    assert recorded() == (second, "0007")
    clock.advance(seconds=1)
    synced("0007")
    assert recorded() == (clock.now, "0007")


def test_creation_is_checked(server_engine: Engine, accounts: Accounts) -> None:
    with pytest.raises(Conflict):
        auth.create_team(server_engine, " North ")
    with pytest.raises(Conflict):
        auth.create_user(server_engine, "Ann Berg", PASSWORD, "North", "salesperson")
    with pytest.raises(NotFound, match="no team named 'South'"):
        auth.create_user(server_engine, "Eve", PASSWORD, "South", "salesperson")
    with pytest.raises(InvalidInput, match="role"):
        auth.create_user(server_engine, "Eve", PASSWORD, "North", "boss")
    with pytest.raises(InvalidInput, match="empty"):
        auth.create_user(server_engine, "Eve", "   ", "North", "salesperson")
    with pytest.raises(InvalidInput, match="name is empty"):
        auth.create_team(server_engine, "  ")
    admin = auth.create_user(server_engine, "Ida Admin", PASSWORD, None, "admin", "IT")
    assert auth.get_user(server_engine, admin).team_id is None
    assert [u.name for u in auth.list_users(server_engine)] == ["Ann Berg", "Ida Admin", "Max Kurz"]


def test_creation_hooks_run_in_the_same_transaction(
    server_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def refuse(_conn: object, record: auth.TeamRecord) -> None:
        seen.append(record.name)
        raise RuntimeError("publishing failed")

    monkeypatch.setattr(auth, "team_created_hooks", [refuse])
    with pytest.raises(RuntimeError):
        auth.create_team(server_engine, "South")
    assert seen == ["South"] and auth.list_teams(server_engine) == []

    monkeypatch.setattr(auth, "user_created_hooks", [lambda _c, u: seen.append(u.role)])
    monkeypatch.setattr(auth, "team_created_hooks", [])
    auth.create_team(server_engine, "South")
    auth.create_user(server_engine, "Eve", PASSWORD, "South", "manager")
    assert seen == ["South", "manager"]


def test_an_outdated_hash_is_replaced_at_sign_in(
    server_engine: Engine, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argon2 import PasswordHasher

    u = schema.user
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with server_engine.begin() as conn:
        conn.execute(u.update().where(u.c.id == accounts.ann).values(password_hash=weak))
    sign_in(server_engine)
    with server_engine.connect() as conn:
        stored = conn.execute(select(u.c.password_hash).where(u.c.id == accounts.ann)).scalar()
    assert stored != weak and stored.startswith("$argon2id$")
