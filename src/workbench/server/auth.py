"""Teams, users, passwords, devices and their bearer tokens.

Everything lives in the database (the server processes keep no state), including the sign-in
throttling: consecutive failures and the lock time are columns of sv_user, so every process
behind a load balancer applies the same limit.
"""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
import unicodedata
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.exc import IntegrityError

from workbench.server import publish, schema
from workbench.server.errors import AuthError, Conflict, InvalidInput, NotFound, Throttled
from workbench.server.identity import ROLES, Caller, ServerRole
from workbench.server.records import (
    DeviceRecord,
    SignIn,
    TeamRecord,
    UserRecord,
    aware,
    device_query,
    device_record,
    user_by,
    user_query,
    user_record,
)

__all__ = [
    "DeviceRecord",
    "SignIn",
    "TeamRecord",
    "UserRecord",
    "authenticate",
    "check_password_rules",
    "clock",
    "create_team",
    "create_user",
    "get_user",
    "hash_password",
    "list_devices",
    "list_teams",
    "list_users",
    "normal_name",
    "note_sync",
    "revoke_device",
    "set_password",
    "sign_in",
    "team_created_hooks",
    "token_hash",
    "touch_device_sync",
    "user_created_hooks",
]

TOKEN_DAYS = 90
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
#: Failures in a row before sign-in is locked, and the longest lock.
FREE_ATTEMPTS = 5
MAX_LOCK_SECONDS = 15 * 60


def _utcnow() -> datetime:
    return datetime.now(UTC)


#: The time source of every rule here; tests replace it instead of sleeping.
clock: Callable[[], datetime] = _utcnow

_hasher = PasswordHasher()  # argon2id, the library's current recommended parameters


# Called inside the transaction that creates the row, so whatever they write (the sync
# feed's copy of the user or team, server/publish.py) commits or fails with it.
team_created_hooks: list[Callable[[Connection, TeamRecord], None]] = [publish.team_created]
user_created_hooks: list[Callable[[Connection, UserRecord], None]] = [publish.user_created]

BAD_CREDENTIALS = "The user name or the password is wrong."


def normal_name(name: str) -> str:
    """Names are compared with runs of white space as one space and none at the ends."""
    return " ".join(name.split())


def _clean_name(name: str, what: str) -> str:
    cleaned = normal_name(name)
    if not cleaned:
        raise InvalidInput(f"The {what} name is empty.")
    if len(cleaned) > 120:
        raise InvalidInput(f"The {what} name is longer than 120 characters.")
    return cleaned


def check_password_rules(password: str) -> None:
    if not password.strip():
        raise InvalidInput("The password is empty.")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"The password needs at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise InvalidInput(f"The password is longer than {MAX_PASSWORD} characters.")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# Teams and users.


def create_team(engine: Engine, name: str) -> uuid.UUID:
    record = TeamRecord(uuid.uuid4(), _clean_name(name, "team"), clock())
    try:
        with engine.begin() as conn:
            conn.execute(
                schema.team.insert().values(
                    id=record.id, name=record.name, created_at=record.created_at
                )
            )
            for hook in team_created_hooks:
                hook(conn, record)
    except IntegrityError as exc:
        raise Conflict(f"A team named {record.name!r} exists already.") from exc
    return record.id


def list_teams(engine: Engine) -> list[TeamRecord]:
    t = schema.team
    with engine.connect() as conn:
        rows = conn.execute(select(t).order_by(t.c.name)).mappings().all()
    return [TeamRecord(r["id"], r["name"], aware(r["created_at"])) for r in rows]


def create_user(
    engine: Engine,
    name: str,
    password: str,
    team_name: str | None,
    role: str,
    department: str = "Sales",
) -> uuid.UUID:
    name = _clean_name(name, "user")
    if role not in ROLES:
        raise InvalidInput(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
    department = " ".join(department.split()) or "Sales"
    if len(department) > 80:
        raise InvalidInput("The department is longer than 80 characters.")
    check_password_rules(password)
    password_hash = hash_password(password)
    user_id = uuid.uuid4()
    try:
        with engine.begin() as conn:
            team_id = None
            if team_name is not None:
                team_id = conn.execute(
                    select(schema.team.c.id).where(schema.team.c.name == normal_name(team_name))
                ).scalar()
                if team_id is None:
                    raise NotFound(f"There is no team named {normal_name(team_name)!r}.")
            now = clock()
            conn.execute(
                schema.user.insert().values(
                    id=user_id,
                    name=name,
                    password_hash=password_hash,
                    role=role,
                    team_id=team_id,
                    department=department,
                    active=True,
                    failed_logins=0,
                    created_at=now,
                )
            )
            record = user_by(conn, schema.user.c.id == user_id)
            assert record is not None
            for hook in user_created_hooks:
                hook(conn, record)
    except IntegrityError as exc:
        raise Conflict(f"A user named {name!r} exists already.") from exc
    return user_id


def get_user(engine: Engine, user_id: uuid.UUID) -> UserRecord:
    with engine.connect() as conn:
        record = user_by(conn, schema.user.c.id == user_id)
    if record is None:
        raise NotFound("There is no such user.")
    return record


def list_users(engine: Engine) -> list[UserRecord]:
    with engine.connect() as conn:
        rows = conn.execute(user_query().order_by(schema.user.c.name)).mappings().all()
    return [user_record(r) for r in rows]


def set_password(engine: Engine, name: str, password: str) -> None:
    """Sets a new password and lifts any sign-in lock (the administrator vouches for it)."""
    check_password_rules(password)
    u = schema.user
    with engine.begin() as conn:
        done = conn.execute(
            update(u)
            .where(u.c.name == normal_name(name))
            .values(password_hash=hash_password(password), failed_logins=0, locked_until=None)
        ).rowcount
    if not done:
        raise NotFound(f"There is no user named {normal_name(name)!r}.")


# Signing in.


def sign_in(
    engine: Engine,
    name: str,
    password: str,
    device_name: str,
    node: str,
    app_schema: str,
    *,
    token_days: int = TOKEN_DAYS,
) -> SignIn:
    """Checks the password and registers the laptop as a new device with its own token."""
    u = schema.user
    now = clock()
    with engine.connect() as conn:
        row = conn.execute(
            select(u.c.id, u.c.password_hash, u.c.active, u.c.locked_until).where(
                u.c.name == normal_name(name)
            )
        ).first()
    if row is None:
        # The same work as for a real user, so a name can't be probed by the answer's time.
        _verify(_dummy_hash(), password)
        raise AuthError(BAD_CREDENTIALS, error="bad_credentials")
    user_id, password_hash, active, locked_until = row
    if locked_until is not None and aware(locked_until) > now:
        wait = max(1, int((aware(locked_until) - now).total_seconds() + 0.999))
        raise Throttled(
            f"Too many wrong passwords: try again in {_duration(wait)}.", retry_after=wait
        )
    if not _verify(password_hash, password):
        _record_failure(engine, user_id, now)
        raise AuthError(BAD_CREDENTIALS, error="bad_credentials")
    if not active:
        raise AuthError(
            "This account is switched off; ask your administrator.",
            status=403,
            error="account_disabled",
        )
    values: dict[str, object] = {"failed_logins": 0, "locked_until": None}
    if _hasher.check_needs_rehash(password_hash):
        values["password_hash"] = hash_password(password)
    with engine.begin() as conn:
        conn.execute(update(u).where(u.c.id == user_id).values(**values))
    token, device = _new_device(engine, user_id, device_name, node, app_schema, now, token_days)
    return SignIn(token, device, get_user(engine, user_id))


def _record_failure(engine: Engine, user_id: uuid.UUID, now: datetime) -> None:
    u = schema.user
    with engine.begin() as conn:
        # Incremented in SQL so simultaneous failures on several processes all count.
        failures = conn.execute(
            update(u)
            .where(u.c.id == user_id)
            .values(failed_logins=u.c.failed_logins + 1)
            .returning(u.c.failed_logins)
        ).scalar_one()
        if failures >= FREE_ATTEMPTS:
            delay = min(2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS)
            conn.execute(
                update(u)
                .where(u.c.id == user_id)
                .values(locked_until=now + timedelta(seconds=delay))
            )


def _duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = (seconds + 59) // 60
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _initials(user_name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", user_name).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_name)
    if len(words) >= 2:
        return "".join(w[0] for w in words[:3]).upper()
    return (words[0][:2] if words else "D").upper()


def _new_device(
    engine: Engine,
    user_id: uuid.UUID,
    device_name: str,
    node: str,
    app_schema: str,
    now: datetime,
    token_days: int,
) -> tuple[str, DeviceRecord]:
    d = schema.device
    for _attempt in range(10):
        device_id = uuid.uuid4()
        token = f"{device_id}.{secrets.token_urlsafe(32)}"
        try:
            with engine.begin() as conn:
                user_name = conn.execute(
                    select(schema.user.c.name).where(schema.user.c.id == user_id)
                ).scalar_one()
                prefix = _initials(user_name)
                taken = set(
                    conn.execute(select(d.c.code).where(d.c.code.like(f"{prefix}%"))).scalars()
                )
                number = next(n for n in range(1, 100_000) if f"{prefix}{n}" not in taken)
                conn.execute(
                    d.insert().values(
                        id=device_id,
                        user_id=user_id,
                        name=normal_name(device_name)[:120],
                        node=node,
                        code=f"{prefix}{number}",
                        token_hash=token_hash(token),
                        created_at=now,
                        expires_at=now + timedelta(days=token_days),
                        app_schema=app_schema,
                    )
                )
        except IntegrityError:
            continue  # another sign-in took the same code at the same moment
        return token, _device(engine, device_id)
    raise Conflict("Could not register the device; try again.")


# Devices and tokens.


def _device(engine: Engine, device_id: uuid.UUID) -> DeviceRecord:
    with engine.connect() as conn:
        row = conn.execute(device_query().where(schema.device.c.id == device_id)).mappings()
        found = row.first()
    if found is None:
        raise NotFound(f"There is no device {device_id}.")
    return device_record(found)


def list_devices(engine: Engine) -> list[DeviceRecord]:
    d = schema.device
    with engine.connect() as conn:
        rows = (
            conn.execute(device_query().order_by(schema.user.c.name, d.c.created_at))
            .mappings()
            .all()
        )
    return [device_record(r) for r in rows]


def authenticate(engine: Engine, token: str) -> Caller:
    """The caller a bearer token stands for; AuthError (401/403) when it can't be used."""
    d, u = schema.device, schema.user
    if not token or len(token) > 200:
        raise AuthError("You are not signed in; sign in again.", error="bad_token")
    with engine.connect() as conn:
        row = (
            conn.execute(
                select(
                    d.c.id,
                    d.c.code,
                    d.c.node,
                    d.c.expires_at,
                    d.c.revoked_at,
                    d.c.last_sync_at,
                    d.c.app_schema,
                    u.c.id.label("user_id"),
                    u.c.name,
                    u.c.role,
                    u.c.team_id,
                    u.c.active,
                )
                .select_from(d.join(u, d.c.user_id == u.c.id))
                .where(d.c.token_hash == token_hash(token))
            )
            .mappings()
            .first()
        )
    if row is None:
        raise AuthError("You are not signed in; sign in again.", error="bad_token")
    if row["revoked_at"] is not None:
        raise AuthError(
            "This laptop was signed out of the team server; sign in again.", error="token_revoked"
        )
    if aware(row["expires_at"]) <= clock():
        raise AuthError("Your sign-in has expired; sign in again.", error="token_expired")
    if not row["active"]:
        raise AuthError(
            "This account is switched off; ask your administrator.",
            status=403,
            error="account_disabled",
        )
    return Caller(
        user_id=row["user_id"],
        name=row["name"],
        role=cast(ServerRole, row["role"]),
        team_id=row["team_id"],
        device_id=row["id"],
        device_code=row["code"],
        node=row["node"],
        last_sync_at=aware(row["last_sync_at"]) if row["last_sync_at"] is not None else None,
        app_schema=row["app_schema"],
    )


def revoke_device(engine: Engine, device_id: uuid.UUID) -> None:
    """Refuses the device's token from now on (repeating it changes nothing)."""
    d = schema.device
    with engine.begin() as conn:
        done = conn.execute(
            update(d)
            .where(d.c.id == device_id)
            .values(revoked_at=func.coalesce(d.c.revoked_at, clock()))
        ).rowcount
    if not done:
        raise NotFound(f"There is no device {device_id}.")


#: How old a device's recorded last sync may get before a push or pull writes it again.
#: The administrator's device list needs minutes, not milliseconds; writing it on every
#: request was a second transaction, and a row lock, per push and pull.
LAST_SYNC_RESOLUTION = timedelta(minutes=1)


def note_sync(engine: Engine, caller: Caller, when: datetime, app_schema: str) -> None:
    """Records that the caller's device synced now, unless authentication found it
    recorded less than LAST_SYNC_RESOLUTION ago with the same database schema."""
    last = caller.last_sync_at
    if (
        last is not None
        and caller.app_schema == app_schema
        and timedelta(0) <= when - last < LAST_SYNC_RESOLUTION
    ):
        return
    touch_device_sync(engine, caller.device_id, when, app_schema)


def touch_device_sync(
    engine: Engine, device_id: uuid.UUID, when: datetime, app_schema: str | None = None
) -> None:
    d = schema.device
    values: dict[str, object] = {"last_sync_at": when}
    if app_schema is not None:
        values["app_schema"] = app_schema
    with engine.begin() as conn:
        conn.execute(update(d).where(d.c.id == device_id).values(**values))
