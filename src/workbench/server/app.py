"""The sync server's HTTP API (docs/sync.md, docs/openapi.json).

Routes that touch the database are plain `def`s: FastAPI runs them on its thread pool, so a
slow query holds one worker thread, never the event loop.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError
from pydantic.json_schema import models_json_schema
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from workbench.server import auth, db, feed, ingest
from workbench.server.api_models import (
    LoginRequest,
    LoginResponse,
    Problem,
    PullResponse,
    PushRequest,
    PushResponse,
    UserInfo,
    WaitResponse,
)
from workbench.server.errors import AuthError, ServerError, VersionMismatch
from workbench.server.identity import Caller
from workbench.server.web.pages import build_router
from workbench.sync.protocol import MAX_BODY_BYTES, MAX_PAGE, PROTOCOL_VERSION

#: The longest a long poll is held open, and how often it looks.
MAX_WAIT_SECONDS = 55
WAIT_POLL_SECONDS = 0.5

log = logging.getLogger(__name__)

UPDATE_REQUIRED = (
    "This Sales Workbench is older than the team's server: install the update IT provides; "
    "your changes are kept and will be sent after the update."
)
SERVER_OUTDATED = (
    "This Sales Workbench is newer than the team's server: ask IT to update the server; "
    "your changes are kept and will be sent after that."
)


class Health(BaseModel):
    status: str
    server_seq: int
    app_schema: str
    protocol: int


def _problem(
    status: int, error: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        Problem(error=error, message=message).model_dump(), status_code=status, headers=headers
    )


def check_versions(protocol: int, schema: str) -> None:
    """Refuses a laptop whose protocol or database schema doesn't match this server's."""
    if protocol > PROTOCOL_VERSION:
        raise VersionMismatch(SERVER_OUTDATED, status=409, error="server_outdated")
    if protocol < PROTOCOL_VERSION:
        raise VersionMismatch(UPDATE_REQUIRED)
    theirs = db.app_schema_position(schema)
    if theirs is None:
        raise VersionMismatch(SERVER_OUTDATED, status=409, error="server_outdated")
    if theirs < len(db.app_schema_history()) - 1:
        raise VersionMismatch(UPDATE_REQUIRED)


class BodyLimit:
    """Refuses request bodies over `limit` bytes with 413 before anything parses them,
    whether the size is announced (Content-Length) or only counted (chunked)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge(self.limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        response = _problem(413, "too_large", _too_large_message(self.limit))
        await response({"type": "http"}, _no_body, send)


def _too_large_message(limit: int) -> str:
    size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"
    return f"The request is larger than {size}."


class _TooLarge(StarletteHTTPException):
    # An HTTPException so that FastAPI's body reading passes it on instead of calling it a
    # malformed body.
    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large_message(limit))


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


_PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": text_}
    for status, text_ in [
        (401, "Not signed in, bad credentials, token expired or revoked"),
        (409, "server_outdated: the laptop's version is newer than the server's"),
        (413, "The body is larger than the limit"),
        (422, "The request is not valid"),
        (426, "update_required: the laptop must be updated first"),
    ]
}

_bearer = HTTPBearer(auto_error=False, description="The token /v1/login returned")


def _caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise AuthError("You are not signed in; sign in first.", error="not_signed_in")
    engine: Engine = request.app.state.engine
    return auth.authenticate(engine, credentials.credentials)


CallerDep = Annotated[Caller, Depends(_caller)]

_Body = TypeVar("_Body", bound=BaseModel)


async def _raw_body(request: Request) -> bytes:
    return await request.body()


# A body read as bytes and parsed by the route with parse_body: pydantic reads the JSON
# text straight into the model, where FastAPI's own body parameter has json.loads build
# every dict and list first and validates those again (41 ms against 14 ms for a push of
# 500 changes, a fifth of the server's time for it).
RawBody = Annotated[bytes, Depends(_raw_body)]


def parse_body(model: type[_Body], raw: bytes) -> _Body:
    """The body as `model`, or the 422 FastAPI's own body parameter would give."""
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        raise RequestValidationError(errors) from None


def _describe_raw_bodies(app: FastAPI, models: list[type[BaseModel]]) -> None:
    """Adds the schemas of the bodies routes read as RawBody to the OpenAPI components,
    which FastAPI fills only from the parameters it parses itself."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = generate()
            _, defs = models_json_schema(
                [(m, "validation") for m in models], ref_template="#/components/schemas/{model}"
            )
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            for name, schema in defs.get("$defs", {}).items():
                schemas.setdefault(name, schema)
        return app.openapi_schema or generate()

    app.openapi = openapi  # type: ignore[method-assign]


def _json_body(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a route reading RawBody: the model, as FastAPI
    describes a body parameter (its schema is added to the components by _openapi)."""
    name = model.__name__
    schema = {"$ref": f"#/components/schemas/{name}"}
    return {"requestBody": {"content": {"application/json": {"schema": schema}}, "required": True}}


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(
        title="Sales Workbench sync server",
        version=f"{PROTOCOL_VERSION}",
        description="Team sync for Sales Workbench laptops (docs/sync.md, docs/server.md).",
        responses=_PROBLEMS,
    )
    app.state.engine = engine
    _describe_raw_bodies(app, [PushRequest])
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    _install_error_handlers(app)
    # The manager reports as web pages (server/web); not part of the laptops' API.
    app.include_router(build_router(engine))

    @app.post(
        "/v1/login",
        response_model=LoginResponse,
        tags=["session"],
        responses={429: {"model": Problem, "description": "Too many wrong passwords"}},
    )
    def login(body: LoginRequest) -> LoginResponse:
        check_versions(body.protocol, body.schema_)
        result = auth.sign_in(
            engine, body.user, body.password, body.device_name, body.node, body.schema_
        )
        return LoginResponse(
            token=result.token,
            device_id=result.device.id,
            device_code=result.device.code,
            expires_at=result.device.expires_at.isoformat(),
            user=_user_info(result.user),
            server_seq=db.current_seq(engine),
        )

    @app.post("/v1/logout", status_code=204, tags=["session"])
    def logout(who: CallerDep) -> Response:
        auth.revoke_device(engine, who.device_id)
        return Response(status_code=204)

    @app.get("/v1/me", response_model=UserInfo, tags=["session"])
    def me(who: CallerDep) -> UserInfo:
        return _user_info(auth.get_user(engine, who.user_id))

    @app.post(
        "/v1/push",
        response_model=PushResponse,
        tags=["sync"],
        openapi_extra=_json_body(PushRequest),
    )
    def push(raw: RawBody, who: CallerDep) -> Response:
        body = parse_body(PushRequest, raw)
        check_versions(body.protocol, body.schema_)
        result = ingest.push(engine, who, body)
        auth.note_sync(engine, who, auth.clock(), body.schema_)
        return Response(result.model_dump_json(), media_type="application/json")

    @app.get("/v1/pull", response_model=PullResponse, tags=["sync"])
    def pull(
        who: CallerDep,
        protocol: Annotated[int, Query(description="Sync protocol version of the client")],
        schema: Annotated[
            str, Query(min_length=1, max_length=40, description="Client database schema head")
        ],
        cursor: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = MAX_PAGE,
        count: Annotated[
            bool, Query(description="Count what remains after this page (first page)")
        ] = False,
    ) -> Response:
        check_versions(protocol, schema)
        try:
            page = feed.pull(engine, who, cursor, limit, count=count)
        except feed.ResyncRequired as exc:
            raise ServerError(str(exc), status=410, error="resync_required") from exc
        auth.note_sync(engine, who, auth.clock(), schema)
        # Written by the page itself (feed.PullPage.to_json), in PullResponse's shape.
        return Response(page.to_json(), media_type="application/json")

    @app.get("/v1/wait", response_model=WaitResponse, tags=["sync"])
    async def wait(
        who: CallerDep,
        protocol: Annotated[int, Query(description="Sync protocol version of the client")],
        schema: Annotated[
            str, Query(min_length=1, max_length=40, description="Client database schema head")
        ],
        cursor: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
        timeout: Annotated[float, Query(ge=0, le=MAX_WAIT_SECONDS)] = 25,
    ) -> WaitResponse:
        """Answers as soon as something the caller may see changed after `cursor`, or
        after `timeout` seconds. Each server process checks the database (no state of its
        own), twice a second: cheap index lookups, and it works behind any balancer."""
        check_versions(protocol, schema)
        deadline = time.monotonic() + timeout
        while True:
            changed, seq = await run_in_threadpool(feed.has_changes, engine, who, cursor)
            left = deadline - time.monotonic()
            if changed or left <= 0:
                return WaitResponse(changed=changed, server_seq=seq)
            await asyncio.sleep(min(WAIT_POLL_SECONDS, left))

    @app.get(
        "/v1/health",
        response_model=Health,
        tags=["operations"],
        responses={503: {"model": Problem, "description": "The database does not answer"}},
    )
    def health() -> Health:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            raise db.unreachable(engine, exc) from exc
        db.check_schema(engine)
        return Health(
            status="ok",
            server_seq=db.current_seq(engine),
            app_schema=db.expected_app_schema(),
            protocol=PROTOCOL_VERSION,
        )

    return app


def _user_info(user: auth.UserRecord) -> UserInfo:
    return UserInfo(
        id=user.id,
        name=user.name,
        role=user.role,
        team_id=user.team_id,
        team_name=user.team_name,
        department=user.department,
    )


_HTTP_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
}


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServerError)
    async def server_error(_request: Request, exc: ServerError) -> JSONResponse:
        return _problem(exc.status, exc.error, exc.message, exc.headers or None)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _problem(422, "invalid_request", describe_validation(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404:
            message = "There is no such address on the sync server."
        return _problem(exc.status_code, code, message, dict(exc.headers or {}) or None)

    async def database_down(request: Request, exc: Exception) -> JSONResponse:
        # The database went away or timed out mid-request: the laptop should retry later,
        # like for any 503, rather than report a server bug.
        log.warning("Database failure on %s %s: %s", request.method, request.url.path, exc)
        return _problem(
            503,
            "database_unavailable",
            "The team server cannot reach its database right now; your changes "
            "are kept and will be sent at the next try.",
        )

    app.add_exception_handler(OperationalError, database_down)
    app.add_exception_handler(InterfaceError, database_down)

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> JSONResponse:
        incident = uuid.uuid4().hex[:12]
        log.error(
            "Unexpected error %s on %s %s", incident, request.method, request.url.path, exc_info=exc
        )
        return _problem(
            500,
            "server_error",
            f"The sync server failed unexpectedly (incident {incident}); "
            "your changes are kept and will be sent again.",
        )


def describe_validation(errors: Any) -> str:
    """One sentence naming what was wrong where, e.g. `body.changes.0.base: ...`."""
    parts = []
    for error in list(errors)[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg"))
    return "The request is not valid: " + "; ".join(str(p) for p in parts) + "."
