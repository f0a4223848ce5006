"""Signing in to the report pages: the server's own password check (argon2, the slow-down
after wrong passwords) and a device token in a cookie.

A browser sign-in is a device like a laptop's (server/auth.py): it appears in
`workbench-server device list` as "Web browser", `device revoke` ends it at once, and
its token expires after a day. The cookie is Secure, HttpOnly and SameSite=Strict, so
another site can neither read it nor make the browser send it; sign-in and sign-out, the
only requests that change anything, also check that they come from the server's own
pages (Origin, or Referer when a browser leaves Origin out).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import Engine

from workbench.server import auth, db
from workbench.server.errors import AuthError
from workbench.server.identity import Caller
from workbench.server.web.figures import NOT_FOR_SALESPEOPLE

COOKIE = "wb_reports"
PATH = "/reports"
DEVICE_NAME = "Web browser"
SESSION_DAYS = 1


def sign_in(engine: Engine, name: str, password: str) -> str:
    """The new session's token; AuthError or Throttled (with the wait) when refused."""
    result = auth.sign_in(
        engine,
        name,
        password,
        DEVICE_NAME,
        "web",
        db.expected_app_schema(),
        token_days=SESSION_DAYS,
    )
    if result.user.role not in ("manager", "admin"):
        auth.revoke_device(engine, result.device.id)
        raise AuthError(NOT_FOR_SALESPEOPLE, status=403, error="not_a_manager")
    return result.token


def current_caller(engine: Engine, request: Request) -> Caller:
    token = request.cookies.get(COOKIE)
    if not token:
        raise AuthError("Sign in to see the reports.", error="not_signed_in")
    return auth.authenticate(engine, token)


def sign_out(engine: Engine, request: Request) -> None:
    try:
        caller = current_caller(engine, request)
    except AuthError:
        return  # signed out already, or the session ended
    auth.revoke_device(engine, caller.device_id)


def set_cookie(response: Response, token: str) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=SESSION_DAYS * 86400,
        path=PATH,
        secure=True,
        httponly=True,
        samesite="strict",
    )


def clear_cookie(response: Response) -> None:
    response.delete_cookie(COOKIE, path=PATH, secure=True, httponly=True, samesite="strict")


def same_origin(request: Request) -> bool:
    """Whether a form was posted from this server's own pages. Behind a proxy the Host
    header is the public name (docs/server.md sets it), as is the browser's Origin."""
    source = request.headers.get("origin") or request.headers.get("referer")
    host = request.headers.get("host")
    if not source or not host or source == "null":
        return False
    return urlsplit(source).netloc.lower() == host.lower()
